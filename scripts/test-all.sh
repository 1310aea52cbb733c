#!/usr/bin/env bash
# The whole test gate, in the order a failure is cheapest to find. README: `npm test`.
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

RESULTS=.cache/test-results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

stage "npm packages (npm install, retried when the registry stalls)" bash scripts/ensure-npm-packages.sh
stage "system packages (prometheus, promtool, node_exporter, haproxy, chromium, mariadb, postgresql and their exporters, victoria-metrics)" bash scripts/ensure-system-packages.sh
stage "typecheck" npm run --silent typecheck
stage "lint" npm run --silent lint
stage "unit tests (jest)" npm run --silent test:unit -- --ci --json --outputFile="$RESULTS/unit.json"
stage "build (plugin + CLI)" npm run --silent build
stage "CLI smoke (built bin/connhealth.js)" bash -c 'for proxy in envoy haproxy; do npm run --silent connhealth -- queries --json --rendered --proxy $proxy | node -e "const q=JSON.parse(require(\"fs\").readFileSync(0,\"utf8\")); if(!q.length||q.some(x=>!x.rendered)) process.exit(1); console.log(q.length+\" queries rendered for $proxy\")" || exit 1; done'
stage "plugin metadata (offline validator checks on dist/)" npm run --silent check:metadata
stage "rules (promtool check + test)" npm run --silent test:rules
stage "conformance (real Prometheus and VictoriaMetrics, simulated incident, real HAProxy leak)" npm run --silent test:conformance -- --ci --json --outputFile="$RESULTS/conformance.json"
stage "browser suite (Playwright + Chromium over dist/ in the test host)" env E2E_RESULTS_JSON="$RESULTS/e2e.json" npm run --silent e2e
stage "browser smoke on Grafana 12.4 packages + React 18 (oldest supported line)" env E2E_RESULTS_JSON="$RESULTS/e2e-grafana-12.4.json" npm run --silent e2e:compat

node scripts/test-summary.mjs "$RESULTS"
