using System.Text.Json.Serialization;

namespace Caaa.Integrations.Grafana.Wire;

/// <summary>The body of <c>PATCH /api/annotations/{id}</c>: only the fields that change.</summary>
internal sealed record PatchAnnotationWire(
    [property: JsonPropertyName("timeEnd"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    long? TimeEnd,
    [property: JsonPropertyName("text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? Text);
