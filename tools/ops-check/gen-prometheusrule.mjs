// Wraps prometheus-rules/*.rules.yml into PrometheusRule objects for the prometheus-operator.
// Usage: node tools/ops-check/gen-prometheusrule.mjs [--check]
import YAML from "yaml";
import { generatedHeader, parseYamlDocuments, readText, writeOrCheck } from "./lib.mjs";

const sources = [
  { file: "prometheus-rules/recording.rules.yml", name: "caaa-service-signals" },
  { file: "prometheus-rules/caaa.rules.yml", name: "caaa-self" },
];
const command = "node tools/ops-check/gen-prometheusrule.mjs";

const documents = sources.map(({ file, name }) => {
  const [rules] = parseYamlDocuments(readText(file), file);
  if (!rules || !Array.isArray(rules.groups)) {
    throw new Error(`${file}: expected a top-level 'groups' list`);
  }
  const object = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: {
      name,
      labels: {
        "app.kubernetes.io/name": "caaa",
        // kube-prometheus-stack's default ruleSelector matches its Helm release name.
        release: "kube-prometheus-stack",
      },
      annotations: { "caaa.io/source": file },
    },
    spec: { groups: rules.groups },
  };
  return `# Source: ${file}\n` + YAML.stringify(object, { lineWidth: 0, blockQuote: "literal" });
});

const content = generatedHeader(sources.map((s) => s.file).join(", "), command) + "---\n" +
  documents.join("---\n");
writeOrCheck("k8s/base/prometheusrule.yaml", content, command);
