using System.Text.Json.Nodes;
using CsCheck;

namespace Caaa.Reliability.Tests.Support;

/// <summary>Mutations of valid JSON bodies for the parser property tests.</summary>
internal static class JsonMutation
{
    /// <summary>null, a number, a string, an empty array or object, or a boolean.</summary>
    public static Gen<JsonNode?> AnyValue { get; } = Gen.Int[0, 5].Select(Gen.Int, Gen.String, (kind, number, text) =>
        kind switch
        {
            0 => null,
            1 => (JsonNode?)number,
            2 => text,
            3 => new JsonArray(),
            4 => new JsonObject(),
            _ => (JsonNode?)(number % 2 == 0),
        });

    /// <summary>The text with <paramref name="cut"/> characters at <paramref name="position"/> made noise.</summary>
    public static string Splice(string text, int position, int cut, char[] noise)
    {
        var at = position % Math.Max(1, text.Length);
        return string.Concat(text.AsSpan(0, at), new string(noise), text.AsSpan(Math.Min(text.Length, at + cut)));
    }

    /// <summary>Replaces the index-th value (depth-first); an index past the last changes nothing.</summary>
    public static void Replace(JsonNode? node, int index, JsonNode? replacement)
    {
        var seen = 0;
        Visit(node);

        bool Visit(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        if (seen++ == index)
                        {
                            obj[key] = replacement?.DeepClone();
                            return true;
                        }

                        if (Visit(obj[key]))
                        {
                            return true;
                        }
                    }

                    return false;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (seen++ == index)
                        {
                            array[i] = replacement?.DeepClone();
                            return true;
                        }

                        if (Visit(array[i]))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }
    }
}
