namespace Caaa.Integrations.Grafana;

/// <param name="End">Null for a point annotation; a region otherwise.</param>
/// <param name="DashboardUid">Optional; when null the annotation is organisation-wide.</param>
public sealed record Annotation(
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<string> Tags,
    string Text,
    string? DashboardUid = null,
    int? PanelId = null);
