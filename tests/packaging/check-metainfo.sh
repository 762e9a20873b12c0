#!/usr/bin/env bash
# Validates the AppStream metainfo offline. --strict turns every issue above
# "pedantic" (errors, warnings and infos) into a failure.
set -euo pipefail
file="${1:?usage: check-metainfo.sh FILE.metainfo.xml}"
command -v appstreamcli >/dev/null \
  || { echo "FAIL: appstreamcli not found (package appstream)"; exit 1; }
[ -f "$file" ] || { echo "FAIL: $file does not exist"; exit 1; }
status=0
report="$(appstreamcli validate --no-net --strict --explain "$file" 2>&1)" || status=$?
printf '%s\n' "$report"
if [ "$status" -ne 0 ] || grep -qE '^[EWI]: ' <<<"$report"; then
  echo "FAIL: appstreamcli validate reported problems in $file (exit $status)"
  exit 1
fi
echo "OK: $file passes appstreamcli validate --no-net --strict"
