using System.Text.Json;
using System.Text.RegularExpressions;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// Reads every PromQL expression of grafana/dashboards/caaa-attribution.json (panel targets, Prometheus
/// annotations, label_values variables) and replaces Grafana's template variables with values a plain
/// Prometheus accepts, the same ones tools/ops-check/dashboard-queries.mjs uses.
/// </summary>
internal static partial class DashboardQueries
{
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["datasource"] = "prometheus",
        ["namespace"] = ".*",
        ["job"] = ".*",
        ["__rate_interval"] = "2m",
        ["__interval"] = "1m",
        ["__range"] = "1h",
        ["__range_s"] = "3600",
        ["__interval_ms"] = "60000",
    };

    public static string DashboardPath =>
        Path.Combine(RepositoryRoot.Path, "grafana", "dashboards", "caaa-attribution.json");

    public static IReadOnlyList<DashboardQuery> Load()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DashboardPath));
        var root = dashboard.RootElement;
        return [.. Panels(root), .. Annotations(root), .. TemplateVariables(root)];
    }

    public static string Substitute(string expr) => TemplateVariable().Replace(expr, match =>
    {
        var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return Variables.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"No value for template variable ${name} in: {expr}");
    });

    private static IEnumerable<DashboardQuery> Panels(JsonElement root)
    {
        foreach (var panel in AllPanels(root))
        {
            if (!panel.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            foreach (var target in targets.EnumerateArray())
            {
                if (target.TryGetProperty("expr", out var expr) && expr.GetString() is { Length: > 0 } text)
                {
                    yield return new DashboardQuery(
                        panel.GetProperty("title").GetString()!,
                        target.GetProperty("refId").GetString()!,
                        Substitute(text));
                }
            }
        }
    }

    private static IEnumerable<JsonElement> AllPanels(JsonElement parent)
    {
        if (!parent.TryGetProperty("panels", out var panels))
        {
            yield break;
        }

        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            foreach (var nested in AllPanels(panel))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<DashboardQuery> Annotations(JsonElement root) =>
        root.GetProperty("annotations").GetProperty("list").EnumerateArray()
            .Where(a => a.TryGetProperty("expr", out var expr) && expr.ValueKind == JsonValueKind.String)
            .Select(a => new DashboardQuery(
                "annotation: " + a.GetProperty("name").GetString(), "annotation",
                Substitute(a.GetProperty("expr").GetString()!)));

    private static IEnumerable<DashboardQuery> TemplateVariables(JsonElement root)
    {
        foreach (var variable in root.GetProperty("templating").GetProperty("list").EnumerateArray())
        {
            var query = variable.TryGetProperty("query", out var q)
                ? q.ValueKind == JsonValueKind.String ? q.GetString() : q.TryGetProperty("query", out var inner)
                    ? inner.GetString() : null
                : null;
            var match = LabelValues().Match(query ?? string.Empty);
            if (variable.GetProperty("type").GetString() == "query" && match.Success)
            {
                yield return new DashboardQuery("variable: " + variable.GetProperty("name").GetString(),
                    match.Groups[2].Value, Substitute(match.Groups[1].Value));
            }
        }
    }

    [GeneratedRegex(@"\$\{(\w+)(?::\w+)?\}|\$(\w+)")]
    private static partial Regex TemplateVariable();

    [GeneratedRegex(@"^label_values\((.+),\s*(\w+)\)$")]
    private static partial Regex LabelValues();
}
