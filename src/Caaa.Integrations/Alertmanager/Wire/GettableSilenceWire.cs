using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

/// <summary>A silence as <c>GET /api/v2/silence(s)</c> returns it.</summary>
internal sealed record GettableSilenceWire(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] SilenceStatusWire? Status,
    [property: JsonPropertyName("matchers")] IReadOnlyList<MatcherWire>? Matchers,
    [property: JsonPropertyName("startsAt")] DateTimeOffset StartsAt,
    [property: JsonPropertyName("endsAt")] DateTimeOffset EndsAt,
    [property: JsonPropertyName("createdBy")] string? CreatedBy,
    [property: JsonPropertyName("comment")] string? Comment)
{
    public Silence ToSilence() => new(
        Id,
        (Matchers ?? []).Select(m => m.ToMatcher()).ToArray(),
        StartsAt,
        EndsAt,
        CreatedBy ?? "",
        Comment ?? "",
        Status?.State ?? "unknown");
}
