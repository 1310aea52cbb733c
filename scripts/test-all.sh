#!/usr/bin/env bash
# The whole test gate, in the order a failure is cheapest to find. README: `npm install && npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  echo "<== $name ($((SECONDS - start)) s)"
}

stage "system packages (prometheus, promtool, node_exporter, chromium)" bash scripts/ensure-system-packages.sh
stage "typecheck" npm run --silent typecheck
stage "lint" npm run --silent lint
stage "unit tests (jest)" npm run --silent test:unit -- --ci
stage "build (plugin + CLI)" npm run --silent build
stage "rules (promtool check + test)" npm run --silent test:rules
stage "conformance (real Prometheus, simulated incident)" npm run --silent test:conformance -- --ci
stage "browser suite (Playwright + Chromium over dist/ in the test host)" npm run --silent e2e
