using System.Text.Json;

namespace Caaa.Integrations.Http;

/// <summary>Reads what an upstream said without assuming its body is the JSON it promised.</summary>
internal static class ResponseText
{
    private const int MaxMessageChars = 1024;

    /// <summary>True for <c>application/json</c>, <c>*+json</c>, or no content type at all.</summary>
    public static bool IsJson(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return mediaType is null
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    public static string MediaTypeOf(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType ?? "(none)";

    /// <summary>
    /// The human-readable error of a failed response: the envelope's <c>error</c>, a JSON string body
    /// (Alertmanager's style), or the plain text, shortened.
    /// </summary>
    public static async Task<string> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var message = ExtractMessage(body.Trim());
        return message.Length <= MaxMessageChars ? message : string.Concat(message.AsSpan(0, MaxMessageChars), "…");
    }

    /// <summary>The envelope's <c>errorType</c>, when the body is JSON and has one.</summary>
    public static async Task<string?> ReadErrorTypeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return TryParse(body) is { } root
            && root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("errorType", out var type)
            && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
    }

    private static string ExtractMessage(string body)
    {
        if (TryParse(body) is not { } root)
        {
            return body;
        }

        return root.ValueKind switch
        {
            JsonValueKind.String => root.GetString() ?? body,
            JsonValueKind.Object when TryGetString(root, "error") is { } error => error,
            JsonValueKind.Object when TryGetString(root, "message") is { } message => message,
            _ => body,
        };
    }

    private static string? TryGetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? TryParse(string body)
    {
        if (body.Length == 0 || (body[0] != '{' && body[0] != '"'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
