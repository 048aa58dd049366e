namespace Caaa.Integrations.Alertmanager;

/// <param name="Duration">How long from Alertmanager's own "now"; the end is computed from its clock.</param>
/// <param name="NotAfter">A hard end (the calendar event's end); the silence never outlives it.</param>
public sealed record SilenceRequest(
    IReadOnlyList<Matcher> Matchers,
    TimeSpan Duration,
    DateTimeOffset? NotAfter,
    string CreatedBy,
    string Comment);
