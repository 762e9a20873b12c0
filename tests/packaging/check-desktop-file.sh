#!/usr/bin/env bash
# Validates the .desktop file; any error or warning from desktop-file-validate fails the test.
set -euo pipefail
file="${1:?usage: check-desktop-file.sh FILE.desktop}"
command -v desktop-file-validate >/dev/null \
  || { echo "FAIL: desktop-file-validate not found (package desktop-file-utils)"; exit 1; }
[ -f "$file" ] || { echo "FAIL: $file does not exist"; exit 1; }
status=0
report="$(desktop-file-validate "$file" 2>&1)" || status=$?
[ -n "$report" ] && printf '%s\n' "$report"
if [ "$status" -ne 0 ] || grep -qiE '(error|warning):' <<<"$report"; then
  echo "FAIL: desktop-file-validate reported problems in $file"
  exit 1
fi
echo "OK: $file is a valid desktop entry"
