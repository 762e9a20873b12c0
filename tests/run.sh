#!/usr/bin/env bash
# Sets up everything and runs the whole test suite: installs the Debian build dependencies,
# configures and builds into build/, and runs ctest. Safe to re-run; works from any directory.
# The exit code is ctest's.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

step() { printf '\n==> %s\n' "$*"; }

step "installing build dependencies"
bash packaging/install-deps.sh

step "configuring (build/)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

step "building with $(nproc) jobs"
cmake --build build --parallel "$(nproc)"

step "running tests"
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tailor-xdg.XXXXXX")"
chmod 0700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

status=0
(cd build && ctest --output-on-failure --timeout 600 -j2) || status=$?

echo
if [ "$status" -eq 0 ]; then
  echo "tests/run.sh: all tests passed"
else
  echo "tests/run.sh: tests FAILED (ctest exit code $status); details above and in build/Testing/Temporary/LastTest.log"
fi
exit "$status"
