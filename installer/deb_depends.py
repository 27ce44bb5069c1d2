#!/usr/bin/env python3
"""Print the Debian `Depends:` line for a PyInstaller app folder.

PyInstaller bundles most shared libraries but deliberately leaves out those that must
match the running system (glibc, OpenGL/EGL, xcb, wayland). This lists every library
the bundled ELF files need that is not in the folder, and names the Debian package of
each: through `dpkg -S` where the build machine has it, else through KNOWN below. Any
library it cannot place fails the build, so the package never installs without what it
needs.
Usage: deb_depends.py APP_FOLDER
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

# Always: Qt loads GL/EGL at run time (the requirement).
REQUIRED = ["libgl1", "libegl1"]
# Sonames a build machine may lack (no desktop installed) -> Debian package.
KNOWN = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
}
# Part of the kernel/loader, not of a package.
VIRTUAL = {"linux-vdso.so.1", "statically", "not"}


def elf_files(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield path


def external_libraries(folder: Path) -> dict[str, str | None]:
    """soname -> path on this machine (None if missing), for libraries not bundled."""
    bundled = {p.name for p in folder.rglob("*")}
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    found: dict[str, str | None] = {}
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            parts = line.split()
            if not parts or parts[0] in VIRTUAL or "/" in parts[0] or parts[0] in bundled:
                continue
            location = parts[2] if len(parts) > 2 and parts[1] == "=>" and parts[2] != "not" else None
            if found.get(parts[0]) is None:
                found[parts[0]] = location
    return found


def owning_packages(paths: list[str]) -> dict[str, str]:
    """path -> Debian package (binary name without :arch), via dpkg -S."""
    queries = sorted({q for p in paths for q in (p, os.path.realpath(p))})
    result = subprocess.run(["dpkg", "-S", *queries], capture_output=True, text=True)
    owner = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        owner[path.strip()] = package.split(",")[0].split(":")[0].strip()
    return {p: owner.get(p) or owner.get(os.path.realpath(p)) for p in paths}


def depends(folder: Path) -> list[str]:
    libraries = external_libraries(folder)
    owners = owning_packages([p for p in libraries.values() if p])
    packages = set(REQUIRED)
    unknown = []
    for soname, path in sorted(libraries.items()):
        package = (owners.get(path) if path else None) or KNOWN.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages.add(package)
    if unknown:
        sys.exit(f"deb_depends: no Debian package known for {', '.join(unknown)}; add it to KNOWN")
    # The bundle was linked against this machine's glibc: never install on an older one.
    glibc = platform.libc_ver()[1]
    return sorted(f"libc6 (>= {glibc})" if p == "libc6" and glibc else p for p in packages)


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
