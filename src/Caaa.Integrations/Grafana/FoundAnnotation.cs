namespace Caaa.Integrations.Grafana;

/// <summary>An annotation as Grafana lists it, e.g. to find one CAAA already wrote.</summary>
public sealed record FoundAnnotation(
    long Id,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<string> Tags,
    string Text,
    string? DashboardUid,
    int? PanelId);
