using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

/// <summary>The body of <c>POST /api/v2/silences</c>; with an <c>id</c> it updates that silence.</summary>
internal sealed record PostableSilenceWire(
    [property: JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonPropertyName("matchers")] IReadOnlyList<MatcherWire> Matchers,
    [property: JsonPropertyName("startsAt")] DateTimeOffset StartsAt,
    [property: JsonPropertyName("endsAt")] DateTimeOffset EndsAt,
    [property: JsonPropertyName("createdBy")] string CreatedBy,
    [property: JsonPropertyName("comment")] string Comment);
