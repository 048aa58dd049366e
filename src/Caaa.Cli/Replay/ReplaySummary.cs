using System.Text.Json;
using System.Text.Json.Serialization;
using Caaa.Core.Attribution;

namespace Caaa.Cli.Replay;

/// <summary>summary.json: every case, the totals, and the sidecar's counters as Prometheus scraped them.</summary>
internal sealed record ReplaySummary(
    [property: JsonPropertyName("cases")] IReadOnlyList<ReplayCaseResult> Cases,
    [property: JsonPropertyName("totals")] ReplayTotals Totals,
    [property: JsonPropertyName("scraped_attributions_total")] IReadOnlyDictionary<string, double> Scraped)
{
    public static ReplaySummary From(
        IReadOnlyList<ReplayCase> cases,
        IReadOnlyDictionary<string, Attribution> offline,
        ReplayObservations online)
    {
        var results = cases.Select(c => Result(c, offline[c.Incident.Id], online)).ToList();
        var scraped = online.Scraped.ToDictionary(s => s.Label, s => s.Value, StringComparer.Ordinal);
        return new ReplaySummary(results, ReplayTotals.From(results), scraped);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void Write(string path)
    {
        var json = JsonSerializer.Serialize(this, Indented);
        File.WriteAllText(path, json);
    }

    private static ReplayCaseResult Result(ReplayCase replayCase, Attribution offline, ReplayObservations online)
    {
        var id = replayCase.Incident.Id;
        string attribution = "NONE";
        double? confidence = null;
        var annotated = false;
        if (online.Attributions.TryGetValue(id, out var detail))
        {
            attribution = detail.GetProperty("class").GetString() ?? "NONE";
            confidence = detail.GetProperty("confidence").GetDouble();
            annotated = detail.GetProperty("annotationId") is { ValueKind: JsonValueKind.Number } annotation
                && online.Grafana.Received(annotation.GetInt64());
        }

        return new ReplayCaseResult(
            id,
            replayCase.Incident.System,
            replayCase.Kind,
            replayCase.Truth.ToWire(),
            replayCase.Announced,
            attribution,
            confidence,
            offline.Class.ToWire(),
            offline.Confidence,
            online.Silenced.Contains(id),
            annotated);
    }
}
