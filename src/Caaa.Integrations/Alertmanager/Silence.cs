namespace Caaa.Integrations.Alertmanager;

/// <summary>A silence as Alertmanager stores it; <see cref="State"/> is active, pending or expired.</summary>
public sealed record Silence(
    string Id,
    IReadOnlyList<Matcher> Matchers,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string CreatedBy,
    string Comment,
    string State);
