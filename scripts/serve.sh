#!/usr/bin/env bash
# One command from a fresh clone to a running service on corpus/:
# installs packages, builds, ingests corpus/ and serves on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec build/server/rolegraph serve --db build/rolegraph.db --corpus corpus \
  --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}" "$@"
