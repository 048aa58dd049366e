#!/usr/bin/env bash
# CI checks for what operators deploy: Prometheus rules, Alertmanager examples, Grafana dashboards,
# Kubernetes manifests, the Dockerfile, and the generated files derived from them.
#   usage: tools/ops-check/run.sh [--publish]
#     --publish  also run build/publish-sidecar.sh and check the output (needs the .NET SDK; slow)
# Installs what it needs when it is missing (Debian packages prometheus, prometheus-alertmanager; npm ci).
# Prints one line per check and 'N passed, N failed'; exits non-zero if any check failed.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tools/ops-check"
cd "$root" || exit 2
publish=false
for arg in "$@"; do
  case "$arg" in
    --publish) publish=true ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT
passed=0
failed=0
failures=()

# check NAME COMMAND...: runs one check, shows its output only when it fails (or always with VERBOSE=1).
check() {
  local name="$1"; shift
  local log="$log_dir/$passed-$failed.log"
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    printf 'PASS  %s\n' "$name"
    [[ "${VERBOSE:-0}" == 1 ]] && sed 's/^/      /' "$log"
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf 'FAIL  %s\n' "$name"
    sed 's/^/      /' "$log"
  fi
  return 0
}

# ---------------------------------------------------------------- tools
ensure_tools() {
  local missing=()
  command -v promtool >/dev/null || missing+=(prometheus)
  command -v amtool >/dev/null || missing+=(prometheus-alertmanager)
  if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -ne 0 ]]; then
      echo "missing Debian packages: ${missing[*]} (install them, or run as root)"
      return 1
    fi
    # The packages' services are not wanted here, only promtool and amtool.
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are required"
    return 1
  fi
  if [[ ! -d "$here/node_modules" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
  if ! kubectl kustomize --help >/dev/null 2>&1 && ! command -v kustomize >/dev/null; then
    echo "neither 'kubectl kustomize' nor 'kustomize' is available"
    return 1
  fi
  promtool --version 2>&1 | head -1
  amtool --version 2>&1 | head -1
  echo "node $(node --version)"
}

render() {
  if kubectl kustomize --help >/dev/null 2>&1; then
    kubectl kustomize "$1"
  else
    kustomize build "$1"
  fi
}

render_and_validate() {
  local dir="$1"; shift
  local out
  out="$(render "$dir")" || return 1
  node "$here/validate-k8s.mjs" "$@" - <<<"$out"
}

standalone_manifests() {
  find k8s -name '*.yaml' -not -name kustomization.yaml -not -path '*/patches/*' -not -path '*/config/*' | sort
}

check_publish() {
  command -v file >/dev/null || { echo "the 'file' command is required (apt-get install file)"; return 1; }
  local out
  out="$(mktemp -d)"
  bash build/publish-sidecar.sh "$out" || return 1
  [[ -f "$out/Caaa.Sidecar.dll" ]] || { echo "no Caaa.Sidecar.dll in the publish output"; return 1; }
  [[ -f "$out/model/caaa-model.zip" ]] || { echo "no model/caaa-model.zip in the publish output"; return 1; }
  # A RID-specific publish flattens runtimes/<rid>/native into the output; any runtimes/ left means other RIDs.
  if [[ -d "$out/runtimes" ]]; then
    echo "publish output still holds runtimes/ for other platforms:"; ls "$out/runtimes"; return 1
  fi
  # Native code must be x86-64 ELF; managed assemblies ("Mono/.Net assembly") are platform-neutral.
  local foreign
  foreign="$(find "$out" -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.dylib' -o -name '*.dll' \) \
    -exec file {} + | grep -v 'Mono/.Net assembly' | grep -v 'ELF 64-bit LSB.*x86-64' || true)"
  [[ -z "$foreign" ]] || { echo "native libraries that are not linux-x64:"; echo "$foreign"; return 1; }
  rm -rf "$out"
}

echo "== CAAA ops checks"
check "tools: promtool, amtool, node packages, kustomize" ensure_tools
if ((failed > 0)); then
  echo "${passed} passed, ${failed} failed"
  exit 1
fi

# ---------------------------------------------------------------- Prometheus and Alertmanager
check "promtool check rules" promtool check rules \
  prometheus-rules/recording.rules.yml prometheus-rules/caaa.rules.yml \
  prometheus-rules/examples/inhibit-on-expected-load.yml
check "promtool test rules (prometheus-rules/tests/*.test.yml)" bash -c 'promtool test rules prometheus-rules/tests/*.test.yml'
check "amtool check-config (Alertmanager examples)" amtool check-config \
  prometheus-rules/examples/alertmanager-caaa-webhook.yml \
  prometheus-rules/examples/inhibit-on-expected-load.alertmanager.yml

# ---------------------------------------------------------------- generated files
check "k8s/base/prometheusrule.yaml is up to date" node "$here/gen-prometheusrule.mjs" --check
check "k8s/base/grafana-dashboard.configmap.yaml is up to date" node "$here/gen-dashboard-configmap.mjs" --check

# ---------------------------------------------------------------- Kubernetes
check "kustomize render + schema validation: k8s/overlays/example (complete install)" \
  render_and_validate k8s/overlays/example --complete
check "kustomize render + schema validation: k8s/base" render_and_validate k8s/base
mapfile -t manifests < <(standalone_manifests)
check "schema validation: every k8s manifest file (${#manifests[@]})" node "$here/validate-k8s.mjs" "${manifests[@]}"

# ---------------------------------------------------------------- Grafana
check "Grafana dashboard: PromQL parses, metrics and labels match docs/contracts.md" node "$here/check-queries.mjs"
check "dashboard-queries.mjs lists the dashboard's queries" \
  bash -c "node '$here/dashboard-queries.mjs' | node -e 'const q=JSON.parse(require(\"fs\").readFileSync(0,\"utf8\")); if (q.length===0) process.exit(1); console.log(q.length+\" queries\")'"

# ---------------------------------------------------------------- image
check "Dockerfile lint" node "$here/lint-dockerfile.mjs"
check "shell scripts parse (bash -n)" bash -c 'bash -n build/publish-sidecar.sh && bash -n tools/ops-check/run.sh'
check "cross-file consistency (config, Deployment, Dockerfile, rules, Alertmanager example)" \
  node "$here/check-consistency.mjs"
if [[ "$publish" == true ]]; then
  check "build/publish-sidecar.sh publishes linux-x64 only, with the model" check_publish
fi

echo
if ((failed > 0)); then
  printf 'failed checks:\n'
  printf '  - %s\n' "${failures[@]}"
fi
echo "ops-check: ${passed} passed, ${failed} failed"
((failed == 0))
