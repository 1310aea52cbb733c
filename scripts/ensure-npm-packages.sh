#!/usr/bin/env bash
# npm install, retried: npm retries a request that fails before its headers, not a body the registry stalls
# (EIDLETIMEOUT "Invalid response body"), which failed a fresh-clone gate after a 5-minute stall.
# Usage: scripts/ensure-npm-packages.sh [npm install arguments, e.g. --prefix DIR]
set -uo pipefail
attempts=${NPM_INSTALL_ATTEMPTS:-3}
# No bytes for 2 minutes is a stalled body: give up on it sooner than npm's 5 minutes and try again.
idle_ms=${NPM_INSTALL_IDLE_MS:-120000}
for ((attempt = 1; attempt <= attempts; attempt++)); do
  extra=()
  # What the failed attempt already fetched is in npm's cache: do not ask the registry for it again.
  ((attempt > 1)) && extra=(--prefer-offline)
  if npm install --no-audit --no-fund --fetch-timeout="$idle_ms" "${extra[@]}" "$@"; then
    exit 0
  fi
  echo "npm install failed (attempt $attempt of $attempts)$( ((attempt < attempts)) && echo '; trying again in 10 s')" >&2
  ((attempt < attempts)) && sleep 10
done
exit 1
