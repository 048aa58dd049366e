using System.Text.Json;

namespace Caaa.Cli.Replay;

/// <summary>What the real servers said at the end of a replay.</summary>
/// <param name="Attributions">The sidecar's attribution detail per case id.</param>
/// <param name="Silenced">Case ids with an active silence in the real Alertmanager.</param>
/// <param name="Scraped">caaa_attributions_total by classification, read through the real Prometheus.</param>
internal sealed record ReplayObservations(
    IReadOnlyDictionary<string, JsonElement> Attributions,
    IReadOnlySet<string> Silenced,
    AnnotationSink Grafana,
    IReadOnlyList<(string Label, double Value)> Scraped);
