#!/usr/bin/env bash
# Benchmark runner (issue 7): ingest, database size, in-process answer latency,
# HTTP throughput and the server's peak RSS for RoleGraph, side by side with a
# Xapian baseline, on generated corpora of each size plus the shipped corpus.
#
#   bash bench/run.sh [--sizes 1000,10000,50000] [--corpus DIR]... [--quick]
#                     [--no-build] [--build-dir DIR] [--out DIR] [--update-readme]
#
# Writes OUT/latest.md and OUT/latest.json (OUT defaults to bench/results).
# `python3 bench/run.py --help` lists every option.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
BUILD=1
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --no-build) BUILD=0 ;;
    --build-dir) BUILD_DIR="${args[$((i + 1))]}" ;;
  esac
done

# Xapian for the baseline, wrk for HTTP; a failure here (no root, offline) is
# not fatal: run.py skips what is missing and says so.
bash "$ROOT/scripts/setup.sh" libxapian-dev wrk ||
  echo "bench: setup failed; continuing with what is installed" >&2

if [ "$BUILD" = 1 ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DROLEGRAPH_BUILD_BENCH=ON >/dev/null
  cmake --build "$BUILD_DIR" -j "${JOBS:-$(nproc)}" --target rolegraph rolegraph_bench xapian_baseline
fi
exec python3 "$ROOT/bench/run.py" --build-dir "$BUILD_DIR" "$@"
