using System.Text.Json.Serialization;

namespace Caaa.Integrations.Grafana.Wire;

/// <summary>One entry of <c>GET /api/annotations</c>; fields CAAA does not use are left out.</summary>
internal sealed record AnnotationItemWire(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("dashboardUID")] string? DashboardUid,
    [property: JsonPropertyName("panelId")] int? PanelId,
    [property: JsonPropertyName("time")] long Time,
    [property: JsonPropertyName("timeEnd")] long? TimeEnd,
    [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags,
    [property: JsonPropertyName("text")] string? Text)
{
    public FoundAnnotation ToFound() => new(
        Id,
        DateTimeOffset.FromUnixTimeMilliseconds(EpochMilliseconds.Normalize(Time)),
        TimeEnd is { } end && end > 0 && end != Time
            ? DateTimeOffset.FromUnixTimeMilliseconds(EpochMilliseconds.Normalize(end))
            : null,
        Tags ?? [],
        Text ?? "",
        DashboardUid,
        PanelId);
}
