"""PyInstaller entry point of the `gezinsplan-admin` executable (headless CLI)."""

import sys

from desktop_app.admin import main

if __name__ == "__main__":
    sys.exit(main())
