namespace Caaa.Sidecar.Webhook;

/// <summary>The answer to Alertmanager (which ignores it) and to humans testing the endpoint.</summary>
internal sealed record WebhookReceipt(int Alerts, int NewIncidents, bool Duplicate, bool Incomplete);
