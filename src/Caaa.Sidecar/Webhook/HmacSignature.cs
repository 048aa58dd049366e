using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Verifies <c>X-CAAA-Signature: sha256=&lt;hex HMAC(key, timestamp + "." + body)&gt;</c> with
/// <c>X-CAAA-Timestamp</c> in Unix seconds. A timestamp outside the window is refused, and so is a
/// signature already accepted inside it: a captured request cannot be replayed.
/// </summary>
internal sealed class HmacSignature
{
    public const string TimestampHeader = "X-CAAA-Timestamp";
    public const string SignatureHeader = "X-CAAA-Signature";
    private const string Prefix = "sha256=";

    private readonly byte[]? _key;
    private readonly TimeSpan _window;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public HmacSignature(WebhookSecret secret, IOptions<CaaaOptions> options, TimeProvider timeProvider)
    {
        _key = secret.HmacKey;
        _window = options.Value.Webhook.Auth.Mode.Equals(AuthModes.Hmac, StringComparison.OrdinalIgnoreCase)
            ? options.Value.Webhook.Auth.SignatureWindowValue
            : TimeSpan.Zero;
        _timeProvider = timeProvider;
    }

    public bool Enabled => _key is not null;

    /// <summary>Null when the request is authentic; otherwise why it is not (never echoes the key).</summary>
    public string? Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (_key is null)
        {
            return "signatures are not configured";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return $"{TimestampHeader} must be Unix seconds";
        }

        var now = _timeProvider.GetUtcNow();
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - sentAt).Duration() > _window)
        {
            return $"{TimestampHeader} is more than {_window.TotalSeconds:0} s away from the server's clock";
        }

        if (signature is null || !signature.StartsWith(Prefix, StringComparison.Ordinal)
            || !Matches(timestamp!, signature[Prefix.Length..], body))
        {
            return $"{SignatureHeader} does not match the body";
        }

        return Remember(signature, sentAt, now) ? null : "this signed request was already received (replay)";
    }

    public static string Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        message[written] = (byte)'.';
        body.CopyTo(message.AsSpan(written + 1));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    private bool Matches(string timestamp, string hex, ReadOnlySpan<byte> body)
    {
        var expected = Sign(_key!, timestamp, body)[Prefix.Length..];
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(hex.ToLowerInvariant()));
    }

    private bool Remember(string signature, DateTimeOffset sentAt, DateTimeOffset now)
    {
        foreach (var (old, at) in _seen)
        {
            if ((now - at).Duration() > _window)
            {
                _seen.TryRemove(old, out _);
            }
        }

        return _seen.TryAdd(signature.ToLowerInvariant(), sentAt);
    }
}
