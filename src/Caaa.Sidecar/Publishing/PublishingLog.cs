using Caaa.Integrations;

namespace Caaa.Sidecar.Publishing;

internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 400, EventName = "AnnotationCreated", Level = LogLevel.Information,
        Message = "Annotation {AnnotationId} created for {Fingerprint}")]
    public static partial void AnnotationCreated(ILogger logger, string fingerprint, long annotationId);

    [LoggerMessage(EventId = 401, EventName = "AnnotationFailed", Level = LogLevel.Warning,
        Message = "Grafana annotation call failed ({Reason}): {Error}")]
    public static partial void AnnotationFailed(ILogger logger, UpstreamFailure reason, string error);

    [LoggerMessage(EventId = 402, EventName = "AnnotationsOff", Level = LogLevel.Information,
        Message = "Grafana annotations are off: {Why}")]
    public static partial void AnnotationsOff(ILogger logger, string why);
}
