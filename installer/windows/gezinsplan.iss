; Inno Setup 6 script: the Windows installer of Gezinsplan.
; Build with build-windows.ps1 beside this file (PyInstaller first, then ISCC with
; /DAppVersion=<version from pyproject.toml>). See README.md here.
;
; - AppId is FIXED: never change it, or a new version installs beside the old one
;   instead of upgrading it.
; - Per user (no administrator rights): installs into %LOCALAPPDATA%\Programs\Gezinsplan.
; - The user's data (%LOCALAPPDATA%\Gezinsplan: the encrypted database, settings,
;   backups, logs) is NOT the install folder, and the uninstaller never deletes it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\build\windows\dist\gezinsplan"
#endif

[Setup]
AppId={{D6818F56-9858-4574-9BAD-1720185F25E9}
AppName=Gezinsplan
AppVersion={#AppVersion}
AppVerName=Gezinsplan {#AppVersion}
AppPublisher=CJG Midden-Limburg
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Gezinsplan
DisableDirPage=yes
DefaultGroupName=Gezinsplan
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=gezinsplan-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\gezinsplan.ico
UninstallDisplayIcon={app}\gezinsplan.exe
UninstallDisplayName=Gezinsplan
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder app. Files of an older version that a new one no longer
; ships are removed first, so an upgrade never mixes two versions' libraries.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Gezinsplan"; Filename: "{app}\gezinsplan.exe"; Comment: "1Gezin1Plan voor het CJG"
Name: "{autodesktop}\Gezinsplan"; Filename: "{app}\gezinsplan.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\gezinsplan.exe"; Description: "{cm:LaunchProgram,Gezinsplan}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes exactly what [Files] installed.

[CustomMessages]
dutch.DataKept=Uw gegevens zijn niet verwijderd. Ze staan versleuteld in:%n%1%n%nVerwijder deze map zelf als de gegevens echt weg moeten (maak eerst een back-up).
english.DataKept=Your data has not been removed. It is stored, encrypted, in:%n%1%n%nDelete this folder yourself if the data really must go (make a backup first).

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Gezinsplan');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
