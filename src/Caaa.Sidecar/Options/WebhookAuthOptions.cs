namespace Caaa.Sidecar.Options;

/// <summary>
/// Optional authentication of the webhook and events endpoints. The secret never sits in the YAML:
/// it is read from <see cref="SecretFile"/> or from the environment variable named by <see cref="SecretEnv"/>.
/// </summary>
internal sealed class WebhookAuthOptions
{
    /// <summary><c>none</c>, <c>bearer</c> or <c>basic</c>. Default value: none.</summary>
    public string Mode { get; set; } = AuthModes.None;

    /// <summary>The user name for basic auth (not a secret).</summary>
    public string? Username { get; set; }

    /// <summary>A file holding the bearer token or the basic-auth password.</summary>
    public string? SecretFile { get; set; }

    /// <summary>The name of an environment variable holding the bearer token or the basic-auth password.</summary>
    public string? SecretEnv { get; set; }
}
