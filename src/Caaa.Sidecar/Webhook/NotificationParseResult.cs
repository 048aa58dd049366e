namespace Caaa.Sidecar.Webhook;

/// <summary>A notification, or the invalid fields keyed by JSON path (<c>alerts[1].startsAt</c>).</summary>
internal sealed record NotificationParseResult(
    ReceivedNotification? Notification,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Notification is not null;
}
