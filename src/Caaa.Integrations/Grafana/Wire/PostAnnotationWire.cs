using System.Text.Json.Serialization;

namespace Caaa.Integrations.Grafana.Wire;

/// <summary>
/// The body of <c>POST /api/annotations</c>. The dashboard is named by its UID, which is the same on
/// every Grafana instance; the numeric <c>dashboardId</c> is not, so it is never sent.
/// </summary>
internal sealed record PostAnnotationWire(
    [property: JsonPropertyName("dashboardUID"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? DashboardUid,
    [property: JsonPropertyName("panelId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    int? PanelId,
    [property: JsonPropertyName("time")] long Time,
    [property: JsonPropertyName("timeEnd"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    long? TimeEnd,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("text")] string Text);
