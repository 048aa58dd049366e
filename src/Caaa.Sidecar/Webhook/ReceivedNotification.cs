namespace Caaa.Sidecar.Webhook;

/// <summary>
/// A validated notification. <see cref="Incomplete"/> is true when Alertmanager truncated the group:
/// absent alerts are then unknown, never resolved.
/// </summary>
internal sealed record ReceivedNotification(
    string GroupKey,
    string Receiver,
    int TruncatedAlerts,
    IReadOnlyList<ReceivedAlert> Alerts,
    string DeliveryKey)
{
    public bool Incomplete => TruncatedAlerts > 0;
}
