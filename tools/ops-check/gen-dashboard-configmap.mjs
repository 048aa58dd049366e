// Wraps grafana/dashboards/*.json into a ConfigMap that kube-prometheus-stack's Grafana dashboard sidecar loads
// (it watches ConfigMaps labelled grafana_dashboard: "1").
// Usage: node tools/ops-check/gen-dashboard-configmap.mjs [--check]
import fs from "node:fs";
import YAML from "yaml";
import { generatedHeader, repoPath, writeOrCheck } from "./lib.mjs";

const command = "node tools/ops-check/gen-dashboard-configmap.mjs";
const dir = "grafana/dashboards";
const files = fs.readdirSync(repoPath(dir)).filter((f) => f.endsWith(".json")).sort();
if (files.length === 0) {
  throw new Error(`${dir}: no dashboard JSON files`);
}

const data = {};
for (const file of files) {
  const text = fs.readFileSync(repoPath(dir, file), "utf8");
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Error(`${dir}/${file}: not valid JSON: ${error.message}`);
  }
  data[file] = text;
}

const configMap = {
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: {
    name: "caaa-grafana-dashboards",
    labels: { "app.kubernetes.io/name": "caaa", grafana_dashboard: "1" },
    // Honoured when the sidecar's folderAnnotation is set to grafana_folder.
    annotations: { grafana_folder: "CAAA" },
  },
  data,
};
const content = generatedHeader(files.map((f) => `${dir}/${f}`).join(", "), command) +
  YAML.stringify(configMap, { lineWidth: 0, blockQuote: "literal" });
writeOrCheck("k8s/base/grafana-dashboard.configmap.yaml", content, command);
