using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Caaa.Sidecar.Tests.Support;

internal static class HttpClientExtensions
{
    public static Task<HttpResponseMessage> PostWebhookAsync(this HttpClient client, JsonNode body) =>
        client.PostAsJsonAsync("/api/v1/webhook", body);
}
