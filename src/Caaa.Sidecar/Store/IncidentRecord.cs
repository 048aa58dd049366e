using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Store;

/// <summary>One alert occurrence (fingerprint + startsAt) and what CAAA did about it.</summary>
internal sealed record IncidentRecord(
    string Id,
    string Fingerprint,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    AlertStatus Status,
    string AlertName,
    string? Service,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string GroupKey,
    string WorkState,
    int Attempts,
    string? AttributionId,
    long? AnnotationId,
    bool AnnotationClosed,
    string? SilenceId,
    DateTimeOffset? SilenceFirstCreatedAt,
    DateTimeOffset? SilenceEndsAt,
    string? SilenceState)
{
    public bool HasActiveSilence => SilenceState == SilenceStates.Active && SilenceId is not null;
}
