#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan into
# build-fuzz/ and runs each for FUZZ_SECONDS (default 60), seeded from
# corpus/ and tests/fuzz/seeds. A crash stops the run; the crashing input is
# left in build-fuzz/crashes/<target>/ (add it as a regression test row).
# FUZZ_TARGETS="analyzer request" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh clang libclang-rt-14-dev
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${JOBS:-$(nproc)}"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS=(${FUZZ_TARGETS:-analyzer document question request html office pdf})
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

# The libraries get coverage (fuzzer-no-link) and the sanitizers; only the
# fuzz targets link libFuzzer's main.
SAN_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_C_FLAGS="$SAN_FLAGS" -DCMAKE_CXX_FLAGS="$SAN_FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DROLEGRAPH_FUZZ=ON -DROLEGRAPH_BUILD_BENCH=OFF >/dev/null
start=$(date +%s)
cmake --build "$BUILD_DIR" -j "$JOBS" --target rolegraph_lexicon \
  $(printf 'fuzz_%s ' "${TARGETS[@]}")
echo "fuzz: build took $(( $(date +%s) - start )) s" >&2

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"  # poppler's fontconfig cache
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for target in "${TARGETS[@]}"; do
  work="$BUILD_DIR/fuzz-work/$target"
  crashes="$BUILD_DIR/crashes/$target"
  rm -rf "$work"
  mkdir -p "$work" "$crashes"
  seeds=(tests/fuzz/seeds/common)
  if [ -d "tests/fuzz/seeds/$target" ]; then seeds+=("tests/fuzz/seeds/$target"); fi
  if [ "$target" = analyzer ] || [ "$target" = document ]; then seeds+=(corpus); fi
  # Seed files: the corpus documents and the questions, one per file.
  start=$(date +%s)
  "$BUILD_DIR/tests/fuzz/fuzz_$target" "$work" "${seeds[@]}" \
    -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 -rss_limit_mb=3072 \
    -artifact_prefix="$crashes/" -print_final_stats=1 2>"$BUILD_DIR/fuzz-$target.log" || {
      tail -60 "$BUILD_DIR/fuzz-$target.log" >&2
      echo "fuzz: $target found a crash; input in $crashes/" >&2
      exit 1
    }
  echo "fuzz: $target ran $(( $(date +%s) - start )) s," \
    "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD_DIR/fuzz-$target.log" | grep -o '[0-9]*$') runs" >&2
done
