using System.Text.Json;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Reads a request body as JSON of one shape. A body that is not JSON, or holds a value of the wrong
/// type, becomes one error keyed by the JSON path where reading stopped, so the caller learns which
/// field to fix; the shape's own validation then adds its errors to the same <see cref="FieldErrors"/>.
/// </summary>
internal static class JsonBody
{
    public const string Root = "$";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static T? Read<T>(ReadOnlySpan<byte> body, FieldErrors errors)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(body, SerializerOptions);
        }
        catch (JsonException exception)
        {
            errors.Add(FieldOf(exception.Path), "is not valid JSON of the expected type: " + exception.Message);
            return null;
        }

        if (value is null)
        {
            errors.Add(Root, "the body must be a JSON object");
        }

        return value;
    }

    /// <summary><c>$.alerts[1].startsAt</c> → <c>alerts[1].startsAt</c>; the root stays <c>$</c>.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == Root ? Root
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path;
}
