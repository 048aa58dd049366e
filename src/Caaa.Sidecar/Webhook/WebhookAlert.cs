using System.Text.Json.Serialization;

namespace Caaa.Sidecar.Webhook;

internal sealed class WebhookAlert
{
    public string? Status { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Annotations { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    [JsonPropertyName("generatorURL")]
    public string? GeneratorUrl { get; set; }

    public string? Fingerprint { get; set; }
}
