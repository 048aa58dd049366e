namespace Caaa.Sidecar.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 200, EventName = "AttributionMade", Level = LogLevel.Information,
        Message = "Attributed {Fingerprint} ({AlertName}) as {Classification} with confidence {Confidence:0.000}; " +
            "attribution {AttributionId}")]
    public static partial void AttributionMade(
        ILogger logger,
        string fingerprint,
        string alertName,
        string classification,
        double confidence,
        string attributionId);

    [LoggerMessage(EventId = 201, EventName = "AttributorFailed", Level = LogLevel.Error,
        Message = "The attributor threw for {Fingerprint}; recorded UNKNOWN")]
    public static partial void AttributorFailed(ILogger logger, string fingerprint, Exception exception);

    [LoggerMessage(EventId = 202, EventName = "ProcessingFailed", Level = LogLevel.Error,
        Message = "Processing incident {IncidentId} failed (attempt {Attempt})")]
    public static partial void ProcessingFailed(ILogger logger, string incidentId, int attempt, Exception exception);

    [LoggerMessage(EventId = 203, EventName = "WorkerResumed", Level = LogLevel.Information,
        Message = "Resumed {Count} pending incidents from the store")]
    public static partial void WorkerResumed(ILogger logger, int count);

    [LoggerMessage(EventId = 204, EventName = "ProcessingAbandoned", Level = LogLevel.Error,
        Message = "Gave up on incident {IncidentId} ({Fingerprint}, {AlertName}) after {Attempts} attempts " +
            "(its decision is UNKNOWN unless one was already recorded): {Error}")]
    public static partial void ProcessingAbandoned(
        ILogger logger,
        string incidentId,
        string fingerprint,
        string alertName,
        int attempts,
        string error);

    [LoggerMessage(EventId = 205, EventName = "GaveUpNotRecorded", Level = LogLevel.Error,
        Message = "The UNKNOWN decision for abandoned incident {IncidentId} could not be stored")]
    public static partial void GaveUpNotRecorded(ILogger logger, string incidentId, Exception exception);
}
