#!/usr/bin/env bash
# Refresh the English translation source from the code and compile it.
# Dutch is the source language (the strings in self.tr(...)); translate the
# new strings in en.tsv or en-<feature>.tsv (or in gezinsplan_en.ts with Qt Linguist), then run again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
bin="$(dirname "$(command -v python)")"
lupdate="${PYSIDE6_LUPDATE:-$bin/pyside6-lupdate}"
lrelease="${PYSIDE6_LRELEASE:-$bin/pyside6-lrelease}"
mapfile -t sources < <(cd "$root" && find desktop_app/ui -name '*.py' | sort)
(cd "$root" && "$lupdate" -no-obsolete -source-language nl_NL -target-language en_GB \
  "${sources[@]}" -ts resources/i18n/gezinsplan_en.ts)
"$bin/python" "$here/fill_ts.py" "$here/gezinsplan_en.ts" "$here"/en*.tsv
"$lrelease" "$here/gezinsplan_en.ts" -qm "$here/gezinsplan_en.qm"
