#!/usr/bin/env bash
# The main job: replays real incidents (Nezha, RCD Sock Shop, plus synthetic expected load grown from
# their normal traffic) through a real Prometheus, Alertmanager and the CAAA sidecar, then prints and
# writes the outcome (out/replay/summary.json). Installs the two Debian packages if they are missing.
# Extra arguments go to `caaa replay` (e.g. --cases 60 --data DIR --output DIR).
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

dotnet build src/Caaa.Cli -c Release -nologo -v quiet
exec dotnet run --project src/Caaa.Cli -c Release --no-build -- replay --data ../shared/data --output out/replay "$@"
