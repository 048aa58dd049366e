namespace Caaa.Sidecar.Webhook;

internal enum AlertStatus
{
    Firing,
    Resolved,
}
