using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Caaa.Sidecar.Webhook;

namespace Caaa.Reliability.Tests.Support;

/// <summary>Builds webhook requests signed the way docs/reliability.md tells a sender to.</summary>
internal static class Signed
{
    public static HttpRequestMessage Request(string body, string key, DateTimeOffset sentAt, string? bodyOverride = null)
    {
        var timestamp = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HmacSignature.Sign(Encoding.UTF8.GetBytes(key), timestamp, Encoding.UTF8.GetBytes(body));
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(bodyOverride ?? body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhook") { Content = content };
        request.Headers.Add(HmacSignature.TimestampHeader, timestamp);
        request.Headers.Add(HmacSignature.SignatureHeader, signature);
        return request;
    }
}
