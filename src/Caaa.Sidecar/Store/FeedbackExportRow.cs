using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

/// <summary>A training example: the features CAAA saw and the class a human says is right.</summary>
internal sealed record FeedbackExportRow(
    string AttributionId,
    string IncidentId,
    string AlertName,
    string? Service,
    AttributionClass Predicted,
    AttributionClass Label,
    string? Author,
    string? Comment,
    DateTimeOffset CreatedAt,
    float[] Features);
