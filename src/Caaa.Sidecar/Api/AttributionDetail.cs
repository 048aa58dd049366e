using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Api;

/// <summary>Everything behind one decision: verdict, evidence quality, features and side effects.</summary>
internal sealed record AttributionDetail(
    string Id,
    string IncidentId,
    string Fingerprint,
    string AlertName,
    string? Service,
    string AlertStatus,
    IReadOnlyDictionary<string, string> Labels,
    string Class,
    double Confidence,
    IReadOnlyList<string> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyDictionary<string, float> Features,
    EvidenceQuality EvidenceQuality,
    string? SilenceId,
    string? SilenceState,
    string? SilenceAction,
    long? AnnotationId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    DateTimeOffset CreatedAt,
    bool Current);
