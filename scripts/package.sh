#!/usr/bin/env bash
# Builds the Debian package (build/rolegraph_VERSION_ARCH.deb) from a Release
# build: `sudo apt install ./build/rolegraph_*.deb` then pulls the libraries
# it needs. See docs/deploy.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
bash scripts/setup.sh
bash scripts/build.sh
(cd "$BUILD_DIR" && cpack -G DEB)
ls -1 "$BUILD_DIR"/rolegraph_*.deb
