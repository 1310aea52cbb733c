#!/usr/bin/env bash
# Browser suite: the built plugin in the test host, real Prometheus, Debian Chromium. `npm run e2e`.
# HOST_GRAFANA_LINE=12.4 builds the host over Grafana 12.4's packages and React 18 (`npm run e2e:compat`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
line=${HOST_GRAFANA_LINE:-current}

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
if [ "$line" != current ]; then
  # Grafana's packages of that line, installed beside the project's own (a separate tree: their React differs).
  step "Grafana $line packages" bash scripts/ensure-npm-packages.sh --prefix "tests/compat/grafana-$line" --loglevel=error
fi
step "host bundle (Grafana $line)" npx webpack -c tests/host/webpack.config.ts --env "line=$line" --stats errors-warnings
# Global setup starts the fixture Prometheus and the host; its teardown stops them however the run ends.
step "playwright" npx playwright test "$@"
