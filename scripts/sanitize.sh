#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan/ and runs the ctest suite there; any report fails the run.
# The bench, browser, soak and hostile tests are left out (timing, load and
# memory-growth tests, not correctness: an instrumented server is several
# times slower and ASan's quarantine keeps freed memory, so head deadlines
# and RSS bounds measure the sanitizer, not us).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${ASAN_BUILD_DIR:-build-asan}"
JOBS="${JOBS:-$(nproc)}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

SAN_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# -O1 -g1: fast enough to run the suite, line numbers in the reports.
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCMAKE_C_FLAGS="$SAN_FLAGS" -DCMAKE_CXX_FLAGS="$SAN_FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DROLEGRAPH_BUILD_BENCH=OFF >/dev/null
start=$(date +%s)
cmake --build "$BUILD_DIR" -j "$JOBS"
echo "sanitize: build took $(( $(date +%s) - start )) s" >&2

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_EXTRA_OPTIONS:+:$ASAN_EXTRA_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"  # poppler's fontconfig cache
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
start=$(date +%s)
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS" -LE 'bench|browser|soak|install|cluster|hostile' -E '^(browser|bench)$')
echo "sanitize: tests took $(( $(date +%s) - start )) s" >&2
