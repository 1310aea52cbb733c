#!/usr/bin/env bash
# Render-time benchmark: the browser suite's host and fixture, timing page loads → docs/benchmarks/render.md.
# Twice: against the month's raw samples, then with this app's recording rules evaluated over it too.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
command -v chromium >/dev/null 2>&1 || bash scripts/ensure-system-packages.sh
[ -f dist/module.js ] || npm run --silent build
# What Grafana ships: React's production build (the gate's host is a development build, much slower to draw).
npx webpack -c tests/host/webpack.config.ts --env production --stats errors-warnings
rm -rf .cache/bench-render
npx playwright test --config tests/bench/playwright.config.ts --grep-invert @fleet "$@"
E2E_RECORDING_RULES=1 npx playwright test --config tests/bench/playwright.config.ts --grep-invert @fleet "$@"
# The Business impact page over the 300-service fleet: its own Prometheus and host, the ROI worker vs the tab.
npx playwright test --config tests/bench/playwright.config.ts --grep @fleet "$@"
npx tsx tests/bench/writeRenderReport.ts
