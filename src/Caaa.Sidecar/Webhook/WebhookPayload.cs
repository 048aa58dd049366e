using System.Text.Json.Serialization;

namespace Caaa.Sidecar.Webhook;

/// <summary>Alertmanager's webhook body (version 4) as sent; every field nullable so validation can name what is missing.</summary>
internal sealed class WebhookPayload
{
    public string? Version { get; set; }

    public string? GroupKey { get; set; }

    public int? TruncatedAlerts { get; set; }

    public string? Status { get; set; }

    public string? Receiver { get; set; }

    public Dictionary<string, string>? GroupLabels { get; set; }

    public Dictionary<string, string>? CommonLabels { get; set; }

    public Dictionary<string, string>? CommonAnnotations { get; set; }

    [JsonPropertyName("externalURL")]
    public string? ExternalUrl { get; set; }

    public List<WebhookAlert?>? Alerts { get; set; }
}
