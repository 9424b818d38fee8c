#!/usr/bin/env bash
# One command from a fresh clone to green tests: installs packages, builds,
# runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh libxapian-dev wrk prometheus  # bench (ctest -L bench): xapian, wrk; server tests: promtool
bash scripts/setup-browser.sh            # the browser test (ctest -L browser) needs them
bash scripts/build.sh
cd build
ctest --output-on-failure -j "${JOBS:-$(nproc)}"
