namespace Caaa.Sidecar.Webhook;

/// <summary>Either a notification or the invalid fields, keyed by their JSON path (<c>alerts[1].startsAt</c>).</summary>
internal sealed record NotificationParseResult(
    ReceivedNotification? Notification,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Notification is not null;
}
