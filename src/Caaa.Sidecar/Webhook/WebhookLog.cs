namespace Caaa.Sidecar.Webhook;

internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 100, EventName = "NotificationReceived", Level = LogLevel.Information,
        Message = "Notification for group {GroupKey} stored: {AlertCount} alerts, {NewIncidents} new incidents, " +
            "{Truncated} truncated")]
    public static partial void NotificationReceived(
        ILogger logger,
        string groupKey,
        int alertCount,
        int newIncidents,
        int truncated);

    [LoggerMessage(EventId = 101, EventName = "DuplicateNotification", Level = LogLevel.Information,
        Message = "Notification for group {GroupKey} was already received; nothing to do")]
    public static partial void DuplicateNotification(ILogger logger, string groupKey);

    [LoggerMessage(EventId = 102, EventName = "InvalidNotification", Level = LogLevel.Warning,
        Message = "Rejected a webhook body: {Fields}")]
    public static partial void InvalidNotification(ILogger logger, string fields);

    [LoggerMessage(EventId = 103, EventName = "Overloaded", Level = LogLevel.Warning,
        Message = "Backlog of {Backlog} incidents is at the limit; asked Alertmanager to retry later")]
    public static partial void Overloaded(ILogger logger, int backlog);

    [LoggerMessage(EventId = 104, EventName = "TruncatedNotification", Level = LogLevel.Warning,
        Message = "Group {GroupKey} arrived with {Truncated} alerts truncated; the group is incomplete and " +
            "absent alerts are not treated as resolved")]
    public static partial void TruncatedNotification(ILogger logger, string groupKey, int truncated);
}
