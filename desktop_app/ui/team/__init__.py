"""The team server in the GUI (issue 18): settings, status bar, conflicts, hand-over."""
