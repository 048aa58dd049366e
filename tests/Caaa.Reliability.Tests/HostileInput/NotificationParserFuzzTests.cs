using System.Text;
using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using Caaa.Sidecar.Webhook;
using CsCheck;

namespace Caaa.Reliability.Tests.HostileInput;

/// <summary>
/// The webhook parser over mutated real Alertmanager payloads and random JSON: it returns a
/// notification or field-named errors and never throws. The iCalendar and Prometheus readers have
/// their own property tests (Caaa.Integrations.Tests: IcsFeedPropertyTests, QueryRangeReaderTests).
/// </summary>
public sealed class NotificationParserFuzzTests
{
    private static readonly string[] Samples = Directory
        .EnumerateFiles(Repository.WebhookSamples, "*.json", SearchOption.AllDirectories)
        .Select(File.ReadAllText)
        .ToArray();

    [Fact]
    public void Parse_MutatedRealSamples_NeverThrowsAndInvalidAlwaysNamesAField()
    {
        var gen = Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 8],
            Gen.Char.Array[0, 6]);

        gen.Sample((sample, position, cut, noise) =>
        {
            var text = Samples[sample];
            var at = position % Math.Max(1, text.Length);
            var mutated = string.Concat(text.AsSpan(0, at), new string(noise),
                text.AsSpan(Math.Min(text.Length, at + cut)));
            AssertTotal(Encoding.UTF8.GetBytes(mutated));
        }, iter: 3000);
    }

    [Fact]
    public void Parse_StructurallyMutatedSamples_NeverThrows()
    {
        var values = Gen.Int[0, 5].Select(Gen.Int, Gen.String, (kind, number, text) => kind switch
        {
            0 => null,
            1 => (JsonNode?)number,
            2 => text,
            3 => new JsonArray(),
            4 => new JsonObject(),
            _ => (JsonNode?)(number % 2 == 0),
        });
        var gen = Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[0, 400], values);

        gen.Sample((sample, index, replacement) =>
        {
            var root = JsonNode.Parse(Samples[sample]);
            Replace(root, index, replacement);
            AssertTotal(Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null"));
        }, iter: 3000);
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 512].Sample(bytes => AssertTotal(bytes), iter: 5000);
    }

    private static void AssertTotal(byte[] body)
    {
        var result = NotificationParser.Parse(body);

        Assert.True(result.IsValid || result.Errors.Count > 0);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.Key)));
    }

    /// <summary>Replaces the index-th value (depth-first) with the replacement.</summary>
    private static void Replace(JsonNode? node, int index, JsonNode? replacement)
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
