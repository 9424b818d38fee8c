#!/usr/bin/env bash
# Installs what the browser test (ctest -L browser) needs: Debian's chromium
# and node/npm, then playwright-core and @redocly/cli (the OpenAPI lint) from
# web/test/package-lock.json, and the MCP test's SDK client from web/test-mcp/.
# Idempotent; playwright-core uses /usr/bin/chromium and downloads no browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh chromium nodejs
command -v npm >/dev/null || bash scripts/setup.sh npm  # nodejs from other sources ships its own npm
if [ ! -d web/test/node_modules/playwright-core ] || [ ! -x web/test/node_modules/.bin/redocly ]; then
  (cd web/test && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
# The MCP test's SDK client (web/test-mcp/package-lock.json).
if [ ! -d web/test-mcp/node_modules/@modelcontextprotocol/sdk ]; then
  (cd web/test-mcp && npm ci --no-audit --no-fund --loglevel=error)
fi
