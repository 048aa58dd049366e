using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Caaa.Integrations.Grafana;

/// <summary>
/// Reads the new annotation's <c>id</c> from a create reply. Grafana's documented example carries a
/// trailing comma, so strict JSON comes first, then lenient JSON, then a last look for the field.
/// </summary>
internal static partial class AnnotationIdReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static long? TryRead(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, Lenient);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                    ? FromElement(id)
                    : null;
        }
        catch (JsonException)
        {
            return FromText(body);
        }
    }

    private static long? FromElement(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number when id.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static long? FromText(string body) =>
        IdField().Match(body) is { Success: true } match
        && long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    [GeneratedRegex("\"id\"\\s*:\\s*\"?(\\d{1,18})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IdField();
}
