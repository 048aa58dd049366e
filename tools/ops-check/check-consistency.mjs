// Checks that the operator-facing files agree with each other, where nothing else would notice a drift:
// config ↔ Deployment ↔ Dockerfile paths, overlay config ↔ base config, rules ↔ config limits, Alertmanager
// example ↔ Service and Secret, recording rule names ↔ the config's signal queries, .dockerignore.
// Usage: node tools/ops-check/check-consistency.mjs
import { parseYamlDocuments, readText } from "./lib.mjs";

const problems = [];
const fail = (message) => problems.push(message);
const one = (file) => parseYamlDocuments(readText(file), file)[0];
const docs = (file) => parseYamlDocuments(readText(file), file);

function keyPaths(value, prefix = "") {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keyPaths(inner, `${prefix}${key}.`)]);
  }
  return [];
}

const baseConfig = one("k8s/base/config/caaa.yaml");
const overlayConfig = one("k8s/overlays/example/config/caaa.yaml");
const basePaths = new Set(keyPaths(baseConfig));
for (const key of keyPaths(overlayConfig)) {
  if (!basePaths.has(key)) fail(`overlay caaa.yaml key ${key} is not in the base caaa.yaml (typo or drift?)`);
}

// Config keys ↔ the example, which documents every key the sidecar reads: a key it does not know (a misplaced
// section such as top-level `calendars:`) would stop the sidecar at start-up. Source entries the example only
// shows in comments sit below a list it leaves empty; their keys are checked by Caaa.Sidecar.Tests.
const example = one("config/caaa.example.yaml");
const lower = (paths) => new Set(paths.map((p) => p.toLowerCase()));
const examplePaths = lower(keyPaths(example));
const emptyLists = keyPaths(example).filter((p) => {
  const value = p.split(".").reduce((node, key) => node?.[key], example);
  return Array.isArray(value) && value.length === 0;
}).map((p) => `${p.toLowerCase()}.[]`);
// A key whose default is computed (model.path) is shown commented out under its section.
const exampleText = readText("config/caaa.example.yaml");
const commented = (key) => {
  const [parent, leaf] = [key.replace(/\.[^.]+$/, ""), key.split(".").at(-1)];
  return examplePaths.has(parent) && new RegExp(`^\\s*#\\s*${leaf}:`, "im").test(exampleText);
};
for (const [name, config] of [["base", baseConfig], ["overlay", overlayConfig]]) {
  for (const key of lower(keyPaths(config))) {
    if (!examplePaths.has(key) && !emptyLists.some((list) => key.startsWith(list)) && !commented(key)) {
      fail(`${name} caaa.yaml key ${key} is not a key of config/caaa.example.yaml (unknown to the sidecar?)`);
    }
  }
  if (config.evidence.step !== example.evidence.step) {
    fail(`${name} caaa.yaml evidence.step ${config.evidence.step} != the example's ${example.evidence.step}`);
  }
}
if (example.silencing.maxActive !== baseConfig.silencing.maxActive) {
  fail(`silencing.maxActive: the example's ${example.silencing.maxActive} != the base's ${baseConfig.silencing.maxActive}`);
}

const deployment = one("k8s/base/deployment.yaml");
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const mounts = new Map(container.volumeMounts.map((m) => [m.name, m.mountPath]));
const configVolume = pod.volumes.find((v) => v.name === "config");
const projected = configVolume.projected.sources.flatMap((s) => (s.configMap ?? s.secret).items.map((i) => ({
  source: s.configMap ? "configMap" : "secret", key: i.key, file: `${mounts.get("config")}/${i.path}`,
})));
const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));

for (const config of [baseConfig, overlayConfig]) {
  const files = JSON.stringify(config).match(/\/etc\/caaa\/secrets\/[\w.-]+/g) ?? [];
  for (const file of files) {
    if (!projected.some((p) => p.source === "secret" && p.file === file)) {
      fail(`config refers to ${file}, which the Deployment does not mount`);
    }
  }
  const storeDir = config.store.path.replace(/\/[^/]+$/, "");
  if (storeDir !== mounts.get("store")) fail(`store.path ${config.store.path} is not on the store volume ${mounts.get("store")}`);
  if (config.model.path !== "/app/model/caaa-model.zip") fail(`model.path ${config.model.path} is not where the image puts the model`);
}
if (Number(env.ASPNETCORE_HTTP_PORTS) !== container.ports[0].containerPort) {
  fail(`ASPNETCORE_HTTP_PORTS ${env.ASPNETCORE_HTTP_PORTS} != containerPort ${container.ports[0].containerPort}`);
}
if (!projected.some((p) => p.source === "configMap" && p.file === env.CAAA_CONFIG)) {
  fail(`CAAA_CONFIG ${env.CAAA_CONFIG} is not the mounted config file`);
}
const dockerfile = readText("Dockerfile");
const dockerUser = /^USER\s+(\d+)/m.exec(dockerfile)?.[1];
if (String(pod.securityContext.runAsUser) !== dockerUser) fail(`runAsUser ${pod.securityContext.runAsUser} != Dockerfile USER ${dockerUser}`);
if (!/CAAA_CONFIG=\/etc\/caaa\/caaa\.yaml/.test(dockerfile)) fail("Dockerfile must default CAAA_CONFIG to /etc/caaa/caaa.yaml");

// Overlay secrets: every projected key is generated, from a placeholder, never a real value.
const overlay = one("k8s/overlays/example/kustomization.yaml");
const generated = overlay.secretGenerator.find((s) => s.name === "caaa-secrets");
const generatedKeys = generated.files.map((f) => f.split("/").at(-1));
for (const { key } of projected.filter((p) => p.source === "secret")) {
  if (!generatedKeys.includes(key)) fail(`overlay secretGenerator caaa-secrets lacks key ${key}`);
}
for (const file of generated.files) {
  const value = readText(`k8s/overlays/example/${file}`).trim();
  if (!value.startsWith("REPLACE-ME")) fail(`k8s/overlays/example/${file} must hold a REPLACE-ME placeholder`);
}

// Rules ↔ config limits: silences near maximum = 80% of maxActive over a maxDuration window.
const rules = one("prometheus-rules/caaa.rules.yml").groups.flatMap((g) => g.rules);
const nearMax = rules.find((r) => r.alert === "CAAASilencesNearMaximum");
const { maxActive, maxDuration } = baseConfig.silencing;
if (!nearMax.expr.includes(`[${maxDuration}]`)) fail(`CAAASilencesNearMaximum window must be silencing.maxDuration ${maxDuration}`);
if (!new RegExp(`>=\\s*${Math.ceil(maxActive * 0.8)}\\b`).test(nearMax.expr)) fail(`CAAASilencesNearMaximum threshold must be 80% of ${maxActive}`);
if (!nearMax.annotations.summary.includes(`maximum of ${maxActive}`)) fail(`CAAASilencesNearMaximum summary must name ${maxActive}`);

// Scrape job ↔ rules: the ServiceMonitor scrapes the Service `caaa`, so the job label is "caaa".
const service = one("k8s/base/service.yaml");
for (const rule of rules) {
  for (const job of rule.expr.matchAll(/job="([^"]+)"/g)) {
    if (job[1] !== service.metadata.name) fail(`${rule.alert}: job="${job[1]}" but the scraped Service is ${service.metadata.name}`);
  }
}

// Config signal queries use recorded series that exist.
const records = new Set(one("prometheus-rules/recording.rules.yml").groups.flatMap((g) => g.rules).map((r) => r.record));
for (const config of [baseConfig, overlayConfig]) {
  const signals = config.evidence.signals;
  for (const { signal, query } of signals) {
    for (const name of query.match(/\bservice:[\w:]+/g) ?? []) {
      if (!records.has(name)) fail(`evidence.signals ${signal} uses ${name}, which no recording rule defines`);
    }
  }
  // The five signals of Caaa.Core's Signal enum.
  for (const signal of ["load", "errors", "latency", "cpu", "memory"]) {
    if (!signals.some((s) => s.signal === signal)) fail(`evidence.signals has no query for ${signal}`);
  }
}

// Alertmanager example ↔ Service, webhook path and the Secret Alertmanager mounts.
const am = one("prometheus-rules/examples/alertmanager-caaa-webhook.yml");
const webhook = am.receivers.find((r) => r.name === "caaa").webhook_configs[0];
const expectedUrl = `http://${service.metadata.name}.monitoring.svc:${service.spec.ports[0].port}/api/v1/webhook`;
if (webhook.url !== expectedUrl) fail(`Alertmanager webhook url ${webhook.url} != ${expectedUrl}`);
if (webhook.send_resolved !== true) fail("Alertmanager webhook must send_resolved");
if (!(webhook.max_alerts > 0)) fail("Alertmanager webhook must set max_alerts");
const amSecret = overlay.secretGenerator.find((s) => s.name === "caaa-webhook");
const expectedCredentials = `/etc/alertmanager/secrets/${amSecret.name}/${amSecret.files[0].split("/").at(-1)}`;
if (webhook.http_config.authorization.credentials_file !== expectedCredentials) {
  fail(`credentials_file must be ${expectedCredentials}`);
}

// .dockerignore keeps build outputs, tests, data and git history out of the build context.
const ignore = readText(".dockerignore").split("\n").map((l) => l.trim());
for (const pattern of ["**/bin/", "**/obj/", "tests/", "data/", ".git/"]) {
  if (!ignore.includes(pattern)) fail(`.dockerignore must exclude ${pattern}`);
}
for (const needed of ["!src/", "!build/publish-sidecar.sh", "!models/caaa-model.zip"]) {
  if (!ignore.includes(needed)) fail(`.dockerignore must let ${needed.slice(1)} into the build context`);
}

// The dashboard ConfigMap must stay applicable with client-side apply (last-applied annotation limit 256 KiB).
const dashboards = docs("k8s/base/grafana-dashboard.configmap.yaml")[0];
const size = Object.values(dashboards.data).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
if (size > 250 * 1024) fail(`dashboard ConfigMap is ${size} bytes; kubectl apply (client-side) fails above 256 KiB`);

for (const problem of problems) console.log(`  FAIL  ${problem}`);
console.log(`  consistency: ${problems.length === 0 ? "ok" : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
