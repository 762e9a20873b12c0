#!/usr/bin/env bash
# Runs every benchmark executable of the build (build/tests/bench/bench_*) and prints one table per
# executable, headed by the machine's core count and the date, as tests/bench/RESULTS.md records them.
# Usage: tests/bench/run.sh [BUILD_DIR] [extra Google Benchmark flags...]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$repo/build}"
shift || true

shopt -s nullglob
benches=("$build"/tests/bench/bench_*)
if [ ${#benches[@]} -eq 0 ]; then
  echo "run.sh: no benchmarks in $build/tests/bench; build first (cmake --build $build)" >&2
  exit 2
fi

echo "cores: $(nproc), date: $(date -u +%Y-%m-%d)"
for bench in "${benches[@]}"; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  echo
  echo "== $(basename "$bench")"
  "$bench" --benchmark_min_time=1 "$@"
done
