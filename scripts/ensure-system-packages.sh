#!/usr/bin/env bash
# Installs the Debian packages the real-component suites need, only when they are missing.
set -euo pipefail

declare -A PACKAGE_FOR=(
  [prometheus]=prometheus
  [promtool]=prometheus
  [prometheus-node-exporter]=prometheus-node-exporter
  [chromium]=chromium
  [haproxy]=haproxy
  [ss]=iproute2
  [timeout]=coreutils
  [mariadbd]=mariadb-server
  [mariadb]=mariadb-client
  [prometheus-mysqld-exporter]=prometheus-mysqld-exporter
  [/usr/lib/postgresql/15/bin/postgres]=postgresql-15
  [psql]=postgresql-client
  [prometheus-postgres-exporter]=prometheus-postgres-exporter
  [victoria-metrics]=victoria-metrics
  [vmalert]=victoria-metrics
  [vmctl]=victoria-metrics
  [script]=bsdutils
)

missing=()
for command in "${!PACKAGE_FOR[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${PACKAGE_FOR[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
echo "Installing Debian packages: $packages"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root or sudo to install: $packages" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends $packages >/dev/null
