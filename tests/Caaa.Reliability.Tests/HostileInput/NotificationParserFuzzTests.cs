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
            var mutated = JsonMutation.Splice(Samples[sample], position, cut, noise);
            AssertTotal(Encoding.UTF8.GetBytes(mutated));
        }, iter: 3000);
    }

    [Fact]
    public void Parse_StructurallyMutatedSamples_NeverThrows()
    {
        var gen = Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[0, 400], JsonMutation.AnyValue);

        gen.Sample((sample, index, replacement) =>
        {
            var root = JsonNode.Parse(Samples[sample]);
            JsonMutation.Replace(root, index, replacement);
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
}
