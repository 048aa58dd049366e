namespace Caaa.Sidecar.Webhook;

/// <summary>One alert after validation: status from the alert itself, a zero endsAt as null.</summary>
internal sealed record ReceivedAlert(
    string Fingerprint,
    AlertStatus Status,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? GeneratorUrl)
{
    public string AlertName => Labels.TryGetValue("alertname", out var name) ? name : "";
}
