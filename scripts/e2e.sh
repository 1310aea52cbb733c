#!/usr/bin/env bash
# Browser suite: the built plugin in the test host, real Prometheus, Debian Chromium. `npm run e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() {
  local name=$1
  shift
  local start=$SECONDS
  "$@"
  echo "    e2e: $name ($((SECONDS - start)) s)"
}

command -v chromium >/dev/null 2>&1 || bash scripts/ensure-system-packages.sh
# dist/ is rebuilt only when a source file is newer than the bundle.
if [ ! -f dist/module.js ] || [ -n "$(find src package.json -newer dist/module.js -type f -print -quit)" ]; then
  step "plugin build" npm run --silent build
fi
step "host bundle" npx webpack -c tests/host/webpack.config.ts --stats errors-warnings
# Global setup starts the fixture Prometheus and the host; its teardown stops them however the run ends.
step "playwright" npx playwright test "$@"
