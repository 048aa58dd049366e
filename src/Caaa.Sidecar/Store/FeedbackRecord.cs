using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

/// <summary>A human correction of an attribution, kept for retraining.</summary>
internal sealed record FeedbackRecord(
    string AttributionId,
    AttributionClass Class,
    string? Comment,
    string? Author,
    DateTimeOffset CreatedAt);
