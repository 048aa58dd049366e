namespace Caaa.Sidecar.Silencing;

internal static partial class SilencingLog
{
    [LoggerMessage(EventId = 500, EventName = "SilenceCreated", Level = LogLevel.Warning,
        Message = "Silence {SilenceId} created for {Fingerprint} ({AlertName}) until {EndsAt:o}: {Reason}")]
    public static partial void SilenceCreated(
        ILogger logger,
        string silenceId,
        string fingerprint,
        string alertName,
        DateTimeOffset endsAt,
        string reason);

    [LoggerMessage(EventId = 501, EventName = "SilenceWouldBeCreated", Level = LogLevel.Information,
        Message = "Shadow mode: would silence {Fingerprint} ({AlertName}): {Reason}")]
    public static partial void SilenceWouldBeCreated(
        ILogger logger,
        string fingerprint,
        string alertName,
        string reason);

    [LoggerMessage(EventId = 502, EventName = "SilenceExpired", Level = LogLevel.Warning,
        Message = "Silence {SilenceId} for {Fingerprint} expired: {Reason}")]
    public static partial void SilenceExpired(ILogger logger, string silenceId, string fingerprint, string reason);

    [LoggerMessage(EventId = 503, EventName = "SilenceExtended", Level = LogLevel.Information,
        Message = "Silence for {Fingerprint} extended to {EndsAt:o} as {SilenceId}")]
    public static partial void SilenceExtended(
        ILogger logger,
        string fingerprint,
        DateTimeOffset endsAt,
        string silenceId);

    [LoggerMessage(EventId = 504, EventName = "SilenceFailed", Level = LogLevel.Error,
        Message = "Alertmanager silence call for {Fingerprint} failed ({Reason}): {Error}")]
    public static partial void SilenceFailed(ILogger logger, string fingerprint, string reason, string error);

    [LoggerMessage(EventId = 505, EventName = "RecheckFailed", Level = LogLevel.Error,
        Message = "Re-checking the silence of incident {IncidentId} failed")]
    public static partial void RecheckFailed(ILogger logger, string incidentId, Exception exception);

    [LoggerMessage(EventId = 506, EventName = "OrphanedSilenceExpired", Level = LogLevel.Warning,
        Message = "Silence {SilenceId} of attribution {AttributionId} was active in Alertmanager but not tracked "
            + "(a crash between creating it and recording it); expired it")]
    public static partial void OrphanedSilenceExpired(ILogger logger, string silenceId, string attributionId);

    [LoggerMessage(EventId = 507, EventName = "OrphanSweepFailed", Level = LogLevel.Warning,
        Message = "Looking for untracked CAAA silences in Alertmanager failed: {Error}")]
    public static partial void OrphanSweepFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 508, EventName = "EnforceWithoutAlertmanager", Level = LogLevel.Warning,
        Message = "silencing.mode is enforce but no Alertmanager is configured (alertmanager.baseUrl): " +
            "no silence can be created, each one decided is counted failed")]
    public static partial void EnforceWithoutAlertmanager(ILogger logger);

    [LoggerMessage(EventId = 509, EventName = "SilenceCapped", Level = LogLevel.Warning,
        Message = "Not silencing {Fingerprint} ({AlertName}): {Active} CAAA silences are active, the maximum "
            + "(silencing.maxActive)")]
    public static partial void SilenceCapped(ILogger logger, string fingerprint, string alertName, int active);

    [LoggerMessage(EventId = 510, EventName = "FeedbackTakeBackDeferred", Level = LogLevel.Warning,
        Message = "Feedback says {Class} but the silence of incident {IncidentId} could not be expired now "
            + "({Error}); the silence watcher retries at its next re-check")]
    public static partial void FeedbackTakeBackDeferred(ILogger logger, string @class, string incidentId, string error);
}
