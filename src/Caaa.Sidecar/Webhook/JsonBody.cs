using System.Text.Json;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Reads a request body as JSON of one shape. A body that is not JSON, or holds a value of the wrong
/// type, becomes one error keyed by the JSON path where reading stopped, so the caller learns which
/// field to fix (a wrong type says which JSON type was expected, never a .NET type name); the shape's
/// own validation then adds its errors to the same <see cref="FieldErrors"/>.
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
        catch (JsonException exception) when (exception.InnerException is JsonException)
        {
            // The reader's own error: not JSON at all; its message gives the position and names no type.
            errors.Add(FieldOf(exception.Path), "is not valid JSON: " + exception.Message);
            return null;
        }
        catch (JsonException exception)
        {
            // Valid JSON, wrong type: the serializer's message names .NET types, so say it in JSON's words.
            errors.Add(FieldOf(exception.Path),
                "expected " + ExpectedJsonType.Describe(typeof(T), exception.Path, SerializerOptions));
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
