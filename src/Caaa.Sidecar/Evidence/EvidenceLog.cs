using Caaa.Integrations;

namespace Caaa.Sidecar.Evidence;

internal static partial class EvidenceLog
{
    [LoggerMessage(EventId = 300, EventName = "ContextSourceFailed", Level = LogLevel.Warning,
        Message = "Context source {Source} failed ({Reason}): {Error}")]
    public static partial void ContextSourceFailed(ILogger logger, string source, UpstreamFailure reason, string error);

    [LoggerMessage(EventId = 301, EventName = "SignalQueryFailed", Level = LogLevel.Warning,
        Message = "Prometheus query for {Signal} failed ({Reason}): {Error}")]
    public static partial void SignalQueryFailed(ILogger logger, string signal, UpstreamFailure reason, string error);

    [LoggerMessage(EventId = 302, EventName = "SignalTemplateUnfilled", Level = LogLevel.Information,
        Message = "Signal {Signal} skipped: the alert has no label {Label}")]
    public static partial void SignalTemplateUnfilled(ILogger logger, string signal, string label);

    [LoggerMessage(EventId = 303, EventName = "ContextProviderFailed", Level = LogLevel.Warning,
        Message = "Context gathering failed: {Error}")]
    public static partial void ContextProviderFailed(ILogger logger, string error);
}
