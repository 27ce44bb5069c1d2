# Build dist\gezinsplan-<version>-setup.exe on Windows (not run in CI: see README.md).
# Needs: Python 3.11+ (py launcher), Inno Setup 6 (ISCC.exe). Run from anywhere:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$build = "$root\build\windows"
Set-Location $root

py -3 -m venv --clear "$build\venv"
& "$build\venv\Scripts\python.exe" -m pip install -q --upgrade pip
& "$build\venv\Scripts\python.exe" -m pip install -q -c "$root\requirements.lock" "$root[build]"
if ($LASTEXITCODE) { throw "pip install failed" }

& "$build\venv\Scripts\python.exe" -m PyInstaller --noconfirm --distpath "$build\dist" `
    --workpath "$build\work" "$root\installer\gezinsplan.spec"
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& "$build\dist\gezinsplan\gezinsplan-admin.exe" --version
if ($LASTEXITCODE) { throw "the built app does not start" }

$version = & "$build\venv\Scripts\python.exe" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "$root\installer\windows\gezinsplan.iss"
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\gezinsplan-$version-setup.exe"
