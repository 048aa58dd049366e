using System.Security.Cryptography;
using System.Text;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Checks the Authorization header of pushes (webhook, events, feedback) against the configured secret,
/// read once from its file or environment variable, compared in constant time. In hmac mode the
/// secret is the signing key and <see cref="HmacSignature"/> does the checking.
/// </summary>
internal sealed class WebhookSecret
{
    private readonly string _mode;
    private readonly byte[]? _expected;

    public WebhookSecret(IOptions<CaaaOptions> options)
    {
        var auth = options.Value.Webhook.Auth;
        _mode = auth.Mode.ToLowerInvariant();
        if (_mode == AuthModes.None)
        {
            return;
        }

        var secret = ReadSecret(auth);
        if (_mode == AuthModes.Hmac)
        {
            HmacKey = Encoding.UTF8.GetBytes(secret);
            return;
        }

        var expected = _mode == AuthModes.Bearer
            ? "Bearer " + secret
            : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{auth.Username}:{secret}"));
        _expected = Encoding.UTF8.GetBytes(expected);
    }

    public bool Required => _mode != AuthModes.None;

    /// <summary>The signing key in hmac mode; null otherwise.</summary>
    public byte[]? HmacKey { get; }

    public string Challenge => _mode switch
    {
        AuthModes.Basic => "Basic realm=\"caaa\"",
        AuthModes.Hmac => "CAAA-HMAC-SHA256",
        _ => "Bearer",
    };

    public bool IsAuthorized(string? authorization)
    {
        if (!Required)
        {
            return true;
        }

        return _expected is not null
            && authorization is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization), _expected);
    }

    private static string ReadSecret(WebhookAuthOptions auth)
    {
        var secret = string.IsNullOrWhiteSpace(auth.SecretFile)
            ? Environment.GetEnvironmentVariable(auth.SecretEnv!)
            : File.ReadAllText(auth.SecretFile);

        // Secret files usually end with a newline that is not part of the secret.
        return secret?.TrimEnd('\r', '\n') is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("webhook.auth: the configured secret is empty.");
    }
}
