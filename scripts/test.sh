#!/usr/bin/env bash
# One command from a fresh clone to green tests: installs packages, builds,
# runs every test through ctest (including the load soak, label 'soak'),
# then the whole suite again under ASan + UBSan (scripts/sanitize.sh) and
# each fuzz target for FUZZ_SECONDS (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh libxapian-dev wrk prometheus clang libclang-rt-14-dev  # bench, soak: xapian, wrk; server tests: promtool; fuzz: clang
bash scripts/setup-browser.sh            # the browser test (ctest -L browser) needs them
bash scripts/build.sh
(cd build && ctest --output-on-failure -j "${JOBS:-$(nproc)}")
bash scripts/sanitize.sh
bash scripts/fuzz.sh
