#!/usr/bin/env bash
# Sets up and launches Tailor: installs the Debian dependencies, builds into build/, creates the
# synthetic demo workspace on first use (MovieLens-style users, items and ratings plus the shipped
# prompts; the GUI marks it as demo data) and starts the GUI on it. Extra arguments go to tailor.
#   TAILOR_WORKSPACE  workspace file (default: ~/Tailor/demo.tailor)
# Without a display (no DISPLAY or WAYLAND_DISPLAY) the GUI runs under xvfb-run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

step() { printf '==> %s\n' "$*"; }

step "installing dependencies"
bash packaging/install-deps.sh

step "building the application (build/; the tests are built by tests/run.sh)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)" --target tailor tailor-cli

for exe in build/app/tailor build/app/tailor-cli; do
  [ -x "$exe" ] || { echo "packaging/run.sh: $exe was not built" >&2; exit 1; }
done

ws="${TAILOR_WORKSPACE:-$HOME/Tailor/demo.tailor}"
case "$ws" in
  /*) ;;
  *) ws="$PWD/$ws" ;;
esac
db="sqlite://$ws"
if [ ! -e "$ws" ]; then
  step "creating the demo workspace $ws"
  mkdir -p "$(dirname "$ws")"
  build/app/tailor-cli demo create "$ws"
fi

step "starting Tailor on $db"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "packaging/run.sh: no DISPLAY or WAYLAND_DISPLAY; running under a virtual X server (xvfb-run)."
  echo "packaging/run.sh: nothing will appear on screen; set DISPLAY to see the window."
  exec xvfb-run -a build/app/tailor --db "$db" "$@"
fi
exec build/app/tailor --db "$db" "$@"
