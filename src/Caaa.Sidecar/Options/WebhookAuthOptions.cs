namespace Caaa.Sidecar.Options;

/// <summary>
/// Optional authentication of the webhook and events endpoints. The secret never sits in the YAML:
/// it is read from <see cref="SecretFile"/> or from the environment variable named by <see cref="SecretEnv"/>.
/// </summary>
internal sealed class WebhookAuthOptions
{
    /// <summary>
    /// <c>none</c>, <c>bearer</c>, <c>basic</c> or <c>hmac</c> (an HMAC-SHA256 signature over the timestamp
    /// and the body, see docs/reliability.md). Default value: none.
    /// </summary>
    public string Mode { get; set; } = AuthModes.None;

    /// <summary>The user name for basic auth (not a secret).</summary>
    public string? Username { get; set; }

    /// <summary>A file holding the bearer token, the basic-auth password or the HMAC key.</summary>
    public string? SecretFile { get; set; }

    /// <summary>The name of an environment variable holding the bearer token or the basic-auth password.</summary>
    public string? SecretEnv { get; set; }

    /// <summary>How far a signed request's timestamp may be from our clock (hmac only). Default value: 5m.</summary>
    public string SignatureWindow { get; set; } = "5m";

    internal TimeSpan SignatureWindowValue => Durations.Parse(SignatureWindow);
}
