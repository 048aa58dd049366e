// Validates Kubernetes manifests against the Kubernetes and prometheus-operator schemas (kubernetes-models),
// and checks the hardening CAAA's Deployment must keep.
// Usage: node tools/ops-check/validate-k8s.mjs [--complete] FILE... | -
//   '-' reads one rendered YAML stream from stdin. --complete: the input is a whole installation (a rendered
//   overlay), so every ConfigMap, Secret, PVC and ServiceAccount the Deployment uses must be in it, and the
//   Service, ServiceMonitor, PDB and NetworkPolicy must select the Deployment's pods.
// Prints one line per object; exits 1 when any object is invalid.
import fs from "node:fs";
import { parseYamlDocuments } from "./lib.mjs";

const OPERATOR_GROUP = "monitoring.coreos.com/";

async function loadModel(apiVersion, kind) {
  const specifier = apiVersion.startsWith(OPERATOR_GROUP)
    ? `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;
  const module = await import(specifier).catch(() => null);
  return module?.[kind] ?? null;
}

function hardeningProblems(object) {
  if (object.kind !== "Deployment") {
    return [];
  }
  const problems = [];
  const pod = object.spec?.template?.spec ?? {};
  const podSecurity = pod.securityContext ?? {};
  if (podSecurity.runAsNonRoot !== true) problems.push("pod securityContext.runAsNonRoot must be true");
  if (podSecurity.seccompProfile?.type !== "RuntimeDefault") problems.push("pod seccompProfile must be RuntimeDefault");
  for (const container of pod.containers ?? []) {
    const where = `container ${container.name}`;
    const security = container.securityContext ?? {};
    if (security.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem must be true`);
    if (security.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation must be false`);
    if (!(security.capabilities?.drop ?? []).includes("ALL")) problems.push(`${where}: capabilities must drop ALL`);
    if (container.livenessProbe?.httpGet?.path !== "/healthz") problems.push(`${where}: liveness probe must GET /healthz`);
    if (container.readinessProbe?.httpGet?.path !== "/readyz") problems.push(`${where}: readiness probe must GET /readyz`);
    for (const part of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (container.resources?.[part]?.[resource] === undefined) {
          problems.push(`${where}: resources.${part}.${resource} is missing`);
        }
      }
    }
  }
  return problems;
}

async function validateObject(object, origin) {
  const label = `${origin}: ${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  if (!object.apiVersion || !object.kind) {
    return { label, errors: ["apiVersion and kind are required"] };
  }
  const Model = await loadModel(object.apiVersion, object.kind);
  if (!Model) {
    return { label, errors: [`no schema for ${object.apiVersion} ${object.kind}`] };
  }
  const errors = [];
  try {
    new Model(object).validate();
  } catch (error) {
    errors.push(error.message);
  }
  errors.push(...hardeningProblems(object));
  return { label, errors };
}

function selects(selector, labels) {
  const matchLabels = selector?.matchLabels ?? selector ?? {};
  return Object.keys(matchLabels).length > 0 &&
    Object.entries(matchLabels).every(([key, value]) => labels?.[key] === value);
}

function referenceProblems(objects) {
  const problems = [];
  const has = (kind, name) => objects.some((o) => o.kind === kind && o.metadata?.name === name);
  for (const deployment of objects.filter((o) => o.kind === "Deployment")) {
    const pod = deployment.spec.template.spec;
    const podLabels = deployment.spec.template.metadata?.labels ?? {};
    const where = `Deployment/${deployment.metadata.name}`;
    if (pod.serviceAccountName && !has("ServiceAccount", pod.serviceAccountName)) {
      problems.push(`${where}: ServiceAccount ${pod.serviceAccountName} is not in the installation`);
    }
    for (const volume of pod.volumes ?? []) {
      const sources = volume.projected?.sources ?? [volume];
      for (const source of sources) {
        const configMap = source.configMap?.name;
        const secret = source.secret?.name ?? source.secret?.secretName;
        const claim = source.persistentVolumeClaim?.claimName;
        if (configMap && !has("ConfigMap", configMap)) problems.push(`${where}: ConfigMap ${configMap} missing`);
        if (secret && !has("Secret", secret)) problems.push(`${where}: Secret ${secret} missing`);
        if (claim && !has("PersistentVolumeClaim", claim)) problems.push(`${where}: PVC ${claim} missing`);
      }
    }
    const portNames = new Set((pod.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
    for (const kind of ["Service", "PodDisruptionBudget", "NetworkPolicy"]) {
      for (const other of objects.filter((o) => o.kind === kind)) {
        const selector = kind === "Service" ? other.spec.selector
          : kind === "NetworkPolicy" ? other.spec.podSelector : other.spec.selector;
        if (!selects(selector, podLabels)) problems.push(`${kind}/${other.metadata.name} does not select ${where}`);
        if (kind === "Service") {
          for (const port of other.spec.ports ?? []) {
            if (typeof port.targetPort === "string" && !portNames.has(port.targetPort)) {
              problems.push(`Service/${other.metadata.name}: targetPort ${port.targetPort} is not a container port`);
            }
          }
        }
      }
    }
  }
  for (const monitor of objects.filter((o) => o.kind === "ServiceMonitor")) {
    const services = objects.filter((o) => o.kind === "Service" && selects(monitor.spec.selector, o.metadata.labels));
    if (services.length === 0) problems.push(`ServiceMonitor/${monitor.metadata.name} selects no Service`);
    for (const endpoint of monitor.spec.endpoints ?? []) {
      if (!services.some((s) => (s.spec.ports ?? []).some((p) => p.name === endpoint.port))) {
        problems.push(`ServiceMonitor/${monitor.metadata.name}: no selected Service has port ${endpoint.port}`);
      }
    }
  }
  return problems;
}

async function main() {
  const complete = process.argv.includes("--complete");
  const inputs = process.argv.slice(2).filter((a) => a !== "--complete");
  const all = [];
  if (inputs.length === 0) {
    console.error("usage: validate-k8s.mjs FILE... | -");
    process.exit(2);
  }
  let failed = 0;
  let total = 0;
  for (const input of inputs) {
    const text = input === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(input, "utf8");
    const origin = input === "-" ? "rendered" : input;
    for (const object of parseYamlDocuments(text, origin)) {
      all.push(object);
      total++;
      const { label, errors } = await validateObject(object, origin);
      if (errors.length === 0) {
        console.log(`  ok    ${label}`);
      } else {
        failed++;
        console.log(`  FAIL  ${label}\n        ${errors.join("\n        ")}`);
      }
    }
  }
  if (total === 0) {
    console.error("no Kubernetes objects found");
    process.exit(1);
  }
  if (complete) {
    const problems = referenceProblems(all);
    for (const problem of problems) console.log(`  FAIL  ${problem}`);
    if (problems.length > 0) failed++;
    else console.log("  ok    references between objects resolve");
  }
  console.log(`  ${total} objects read, ${failed === 0 ? "all valid" : "problems found"}`);
  process.exit(failed === 0 ? 0 : 1);
}

await main();
