namespace Caaa.Sidecar.Api;

internal sealed record AttributionSummary(
    string Id,
    string IncidentId,
    string Class,
    double Confidence,
    string AlertName,
    string? Service,
    string? SilenceAction,
    DateTimeOffset CreatedAt);
