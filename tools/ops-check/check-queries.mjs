// Checks the PromQL that operators get from us against Prometheus and against docs/contracts.md:
//   1. every dashboard expression parses (promtool check rules on a scratch rule file);
//   2. every caaa_* metric used by the dashboard and the rule files is one the sidecar publishes
//      (histogram series may add _bucket/_count/_sum), with only its contract labels (plus target labels),
//      and label values from the contract where it lists them;
//   3. the dashboard shows every contract metric;
//   4. dashboard structure: uid, unique panel ids, ${datasource} everywhere, the CAAA annotation query.
// Usage: node tools/ops-check/check-queries.mjs
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { extractQueries } from "./dashboard-queries.mjs";
import { parseYamlDocuments, readText, repoPath } from "./lib.mjs";

const TARGET_LABELS = new Set(["namespace", "job", "instance", "pod", "service", "container", "endpoint", "le"]);
const problems = [];

function readContract() {
  const metrics = new Map();
  for (const line of readText("docs/contracts.md").split("\n")) {
    const row = /^\|\s*`(caaa_\w+)`\s*\|\s*([^|]+)\|\s*([^|]*)\|/.exec(line);
    if (!row) continue;
    const labels = new Map();
    // e.g. `outcome` (`accepted`, `invalid`) or `service`, `classification`
    for (const part of row[3].matchAll(/`(\w+)`(?:\s*\(([^)]*)\))?/g)) {
      const values = part[2] ? [...part[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]) : null;
      labels.set(part[1], values);
    }
    metrics.set(row[1], { type: row[2].trim(), labels });
  }
  if (metrics.size === 0) throw new Error("docs/contracts.md: no metric table found");
  return metrics;
}

function contractEntry(contract, name) {
  if (contract.has(name)) return { base: name, entry: contract.get(name) };
  const suffix = /^(.*)_(bucket|count|sum)$/.exec(name);
  if (suffix && contract.get(suffix[1])?.type.startsWith("histogram")) {
    return { base: suffix[1], entry: contract.get(suffix[1]) };
  }
  return null;
}

function checkMetricUse(contract, expr, where) {
  const used = new Set();
  for (const match of expr.matchAll(/\b(caaa_\w+)\b(?!\s*[=!])\s*(\{([^}]*)\})?/g)) {
    const found = contractEntry(contract, match[1]);
    if (!found) {
      problems.push(`${where}: ${match[1]} is not a metric in docs/contracts.md`);
      continue;
    }
    used.add(found.base);
    for (const matcher of (match[3] ?? "").matchAll(/(\w+)\s*(=~|!~|!=|=)\s*"([^"]*)"/g)) {
      const [, label, op, value] = matcher;
      if (!found.entry.labels.has(label) && !TARGET_LABELS.has(label)) {
        problems.push(`${where}: ${found.base} has no label ${label}`);
        continue;
      }
      const allowed = found.entry.labels.get(label);
      if (!allowed) continue;
      const values = op === "=" || op === "!=" ? [value] : op === "=~" && /^[\w|]+$/.test(value) ? value.split("|") : [];
      for (const v of values) {
        if (!allowed.includes(v)) problems.push(`${where}: ${found.base}{${label}} has no value "${v}"`);
      }
    }
  }
  // Grouping labels: by (...) / without (...) applied to a caaa_ metric.
  for (const group of expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
    for (const label of group[1].split(",").map((l) => l.trim()).filter(Boolean)) {
      const known = TARGET_LABELS.has(label) || [...contract.values()].some((m) => m.labels.has(label));
      if (!known && /caaa_/.test(expr)) problems.push(`${where}: grouping label ${label} is on no CAAA metric`);
    }
  }
  return used;
}

function checkParses(queries) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caaa-queries-"));
  const file = path.join(dir, "dashboard-queries.rules.yml");
  const rules = queries.map((q, i) => ({ record: `dashboard_query_${i}`, expr: q.expr }));
  fs.writeFileSync(file, YAML.stringify({ groups: [{ name: "dashboard", rules }] }));
  try {
    execFileSync("promtool", ["check", "rules", file], { stdio: "pipe" });
  } catch (error) {
    problems.push(`dashboard PromQL does not parse:\n${error.stdout}${error.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function checkDashboardStructure(file) {
  const dashboard = JSON.parse(fs.readFileSync(repoPath("grafana/dashboards", file), "utf8"));
  if (!dashboard.uid) problems.push(`${file}: no uid (CAAA's annotations.dashboardUid refers to it)`);
  const ids = new Set();
  for (const panel of dashboard.panels ?? []) {
    if (ids.has(panel.id)) problems.push(`${file}: duplicate panel id ${panel.id}`);
    ids.add(panel.id);
    if (!panel.gridPos) problems.push(`${file}: panel "${panel.title}" has no gridPos`);
    for (const target of panel.targets ?? []) {
      if (target.datasource?.uid !== "${datasource}") {
        problems.push(`${file}: panel "${panel.title}" ${target.refId} does not use the $datasource variable`);
      }
    }
  }
  const annotations = dashboard.annotations?.list ?? [];
  if (!annotations.some((a) => a.enable && a.target?.type === "tags" && a.target.tags?.includes("caaa"))) {
    problems.push(`${file}: no enabled annotation query on tag caaa`);
  }
  const variables = (dashboard.templating?.list ?? []).map((v) => `${v.name}:${v.type}`);
  for (const wanted of ["datasource:datasource", "namespace:query", "job:query"]) {
    if (!variables.includes(wanted)) problems.push(`${file}: template variable ${wanted} missing`);
  }
}

const contract = readContract();
const files = fs.readdirSync(repoPath("grafana/dashboards")).filter((f) => f.endsWith(".json")).sort();
const queries = files.flatMap((f) => extractQueries(f, { values: { datasource: "prometheus", namespace: ".*",
  job: ".*", __rate_interval: "2m", __interval: "1m", __range: "1h" }, raw: false }));
files.forEach(checkDashboardStructure);
checkParses(queries);

const onDashboard = new Set();
for (const query of queries) {
  for (const name of checkMetricUse(contract, query.expr, `${query.dashboard} "${query.panel}"`)) onDashboard.add(name);
}
for (const name of contract.keys()) {
  if (!onDashboard.has(name)) problems.push(`dashboard shows no panel or variable for contract metric ${name}`);
}

const ruleFiles = ["prometheus-rules/caaa.rules.yml", "prometheus-rules/examples/inhibit-on-expected-load.yml"];
let ruleExprs = 0;
for (const file of ruleFiles) {
  const [doc] = parseYamlDocuments(readText(file), file);
  for (const group of doc.groups) {
    for (const rule of group.rules) {
      ruleExprs++;
      checkMetricUse(contract, rule.expr, `${file} ${rule.alert ?? rule.record}`);
    }
  }
}

for (const problem of problems) console.log(`  FAIL  ${problem}`);
console.log(`  ${queries.length} dashboard queries and ${ruleExprs} rule expressions checked against ` +
  `${contract.size} contract metrics: ${problems.length === 0 ? "ok" : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
