// Prints every PromQL expression of the Grafana dashboards as JSON, with Grafana's template variables replaced
// by values a plain Prometheus accepts, so that a test can run each one against a real Prometheus.
// Usage: node tools/ops-check/dashboard-queries.mjs [--raw] [--var name=value]...
//   --raw      keep the expressions as written (no substitution)
//   --var      override a substitution, e.g. --var namespace=monitoring --var __range=6h
// Output: [{ "dashboard", "panel", "refId", "kind": "panel"|"annotation"|"variable", "expr", "instant" }]
// Variable queries (label_values(SELECTOR, LABEL)) come out as kind "variable" with `expr` = SELECTOR and `label`.
import fs from "node:fs";
import { repoPath } from "./lib.mjs";

const defaults = {
  datasource: "prometheus",
  namespace: ".*",
  job: ".*",
  __rate_interval: "2m",
  __interval: "1m",
  __range: "1h",
  __range_s: "3600",
  __interval_ms: "60000",
};

function parseArgs(argv) {
  const values = { ...defaults };
  let raw = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--raw") raw = true;
    else if (argv[i] === "--var") {
      const [name, ...rest] = (argv[++i] ?? "").split("=");
      if (!name || rest.length === 0) throw new Error("--var needs name=value");
      values[name] = rest.join("=");
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  return { values, raw };
}

/** Replaces $name, ${name} and ${name:format} (longest names first, so $__range_s is not read as $__range). */
export function substitute(expr, values) {
  return expr.replace(/\$\{(\w+)(?::\w+)?\}|\$(\w+)/g, (match, braced, bare) => {
    const name = braced ?? bare;
    if (!(name in values)) throw new Error(`no value for template variable $${name} in: ${expr}`);
    return values[name];
  });
}

function* panelsOf(panels) {
  for (const panel of panels ?? []) {
    yield panel;
    yield* panelsOf(panel.panels);
  }
}

export function extractQueries(dashboardFile, { values, raw }) {
  const dashboard = JSON.parse(fs.readFileSync(repoPath("grafana/dashboards", dashboardFile), "utf8"));
  const apply = (expr) => (raw ? expr : substitute(expr, values));
  const queries = [];
  for (const panel of panelsOf(dashboard.panels)) {
    for (const target of panel.targets ?? []) {
      if (typeof target.expr === "string" && target.expr.trim() !== "") {
        queries.push({ dashboard: dashboardFile, panel: panel.title, refId: target.refId, kind: "panel",
          expr: apply(target.expr), instant: target.instant === true });
      }
    }
  }
  for (const annotation of dashboard.annotations?.list ?? []) {
    if (typeof annotation.expr === "string") {
      queries.push({ dashboard: dashboardFile, panel: `annotation: ${annotation.name}`, refId: "annotation",
        kind: "annotation", expr: apply(annotation.expr), instant: false });
    }
  }
  for (const variable of dashboard.templating?.list ?? []) {
    const definition = typeof variable.query === "string" ? variable.query : variable.query?.query;
    const match = /^label_values\((.+),\s*(\w+)\)$/.exec(definition ?? "");
    if (variable.type === "query" && match) {
      queries.push({ dashboard: dashboardFile, panel: `variable: ${variable.name}`, refId: variable.name,
        kind: "variable", expr: apply(match[1]), label: match[2], instant: true });
    }
  }
  return queries;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const options = parseArgs(process.argv.slice(2));
  const files = fs.readdirSync(repoPath("grafana/dashboards")).filter((f) => f.endsWith(".json")).sort();
  const queries = files.flatMap((file) => extractQueries(file, options));
  process.stdout.write(JSON.stringify(queries, null, 2) + "\n");
}
