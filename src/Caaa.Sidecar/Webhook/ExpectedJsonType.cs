using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Caaa.Sidecar.Webhook;

/// <summary>
/// Says in JSON's own words what a body path should hold (<c>alerts</c> → "an array"), found by walking
/// the serializer's metadata of the body's shape along the path. The serializer's message names .NET
/// types instead, which a sender cannot act on and should not see.
/// </summary>
internal static class ExpectedJsonType
{
    public static string Describe(Type root, string? path, JsonSerializerOptions options)
    {
        var typeInfo = options.GetTypeInfo(root);
        foreach (var segment in Segments(path))
        {
            var next = Step(typeInfo, segment);
            if (next is null)
            {
                return "a value of another type";
            }

            typeInfo = options.GetTypeInfo(next);
        }

        return Name(typeInfo);
    }

    private static Type? Step(JsonTypeInfo typeInfo, string segment) => typeInfo.Kind switch
    {
        JsonTypeInfoKind.Object => typeInfo.Properties
            .FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))?.PropertyType,
        JsonTypeInfoKind.Enumerable when segment.StartsWith('[') => typeInfo.ElementType,
        JsonTypeInfoKind.Dictionary => typeInfo.ElementType,
        _ => null,
    };

    private static string Name(JsonTypeInfo typeInfo)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        return typeInfo.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Dictionary when typeInfo.ElementType == typeof(string) => "an object of string values",
            JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Object => "an object",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) =>
                "a date-time string such as \"2026-03-02T10:00:00Z\"",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ => "a value of another type",
        };
    }

    /// <summary>
    /// <c>$.alerts[1].labels['le.dot']</c> → <c>alerts</c>, <c>[1]</c>, <c>labels</c>, <c>le.dot</c>.
    /// </summary>
    private static IEnumerable<string> Segments(string? path)
    {
        var text = path ?? "";
        var i = text.StartsWith('$') ? 1 : 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = text.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? text.Length : end;
                yield return text[(i + 1)..end];
                i = end;
            }
            else if (text.AsSpan(i).StartsWith("['"))
            {
                var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end;
                yield return text[(i + 2)..end];
                i = end + 2;
            }
            else
            {
                var end = text.IndexOf(']', i);
                end = end < 0 ? text.Length - 1 : end;
                yield return text[i..(end + 1)];
                i = end + 1;
            }
        }
    }
}
