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
    /// <summary>
    /// The name an alert without an <c>alertname</c> label is stored, counted and shown under. Alertmanager
    /// requires only one label, so such alerts are legal; a 400 would make it drop the whole group. The
    /// labels themselves are kept as sent (the fingerprint and any silence matchers come from them).
    /// </summary>
    public const string MissingAlertName = "(no alertname)";

    public string AlertName =>
        Labels.TryGetValue("alertname", out var name) && name.Length > 0 ? name : MissingAlertName;
}
