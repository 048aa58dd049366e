#!/usr/bin/env bash
# Publishes the sidecar. The one place that holds the publish arguments: the Dockerfile runs this script and CI
# runs it too, so the image and CI's artifact cannot be built differently.
#   usage: build/publish-sidecar.sh [OUTPUT_DIR]     (default: artifacts/publish/sidecar)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/publish/sidecar}"

# linux-x64 only: a RID-specific publish copies just that RID's native libraries (e.g. SQLite's e_sqlite3),
# not the runtimes/ folders for every other platform. Framework-dependent: the aspnet image brings the runtime.
dotnet publish "$root/src/Caaa.Sidecar/Caaa.Sidecar.csproj" \
  -c Release \
  -r linux-x64 \
  --self-contained false \
  -o "$out"
