using System.Text.Json.Serialization;

namespace Caaa.Cli.Replay;

/// <summary>One row of summary.json: what the case was and what the real stack did with it.</summary>
internal sealed record ReplayCaseResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("truth")] string Truth,
    [property: JsonPropertyName("announced")] bool Announced,
    [property: JsonPropertyName("attribution")] string Attribution,
    [property: JsonPropertyName("confidence")] double? Confidence,
    [property: JsonPropertyName("offline_attribution")] string OfflineAttribution,
    [property: JsonPropertyName("offline_confidence")] double OfflineConfidence,
    [property: JsonPropertyName("silenced")] bool Silenced,
    [property: JsonPropertyName("annotated")] bool Annotated);
