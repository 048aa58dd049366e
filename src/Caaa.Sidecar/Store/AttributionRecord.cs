using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

/// <summary>One recorded decision; an incident has one per evaluation (first and each re-check).</summary>
/// <param name="SilenceAction">What the silencing step did: created, reused, would_silence, skipped: why, expired: why.</param>
internal sealed record AttributionRecord(
    string Id,
    string IncidentId,
    AttributionClass Class,
    double Confidence,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyList<string> Reasons,
    float[] Features,
    EvidenceQuality Quality,
    string AlertName,
    string? Service,
    string? SilenceAction,
    DateTimeOffset CreatedAt);
