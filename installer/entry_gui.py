"""PyInstaller entry point of the `gezinsplan` executable (the GUI)."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
