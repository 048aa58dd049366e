#!/usr/bin/env bash
# Runs every test: unit, contract, and end-to-end tests against a real Prometheus and Alertmanager
# (installed from Debian's packages if missing). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

need=()
for pkg in prometheus prometheus-alertmanager; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  for attempt in 1 2 3 4 5 6; do
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" && break
    echo "apt-get is busy or failed (attempt $attempt); retrying" >&2
    $sudo apt-get update -q || true
    sleep 15
  done
fi

exec dotnet test Caaa.Sidecar.sln "$@"
