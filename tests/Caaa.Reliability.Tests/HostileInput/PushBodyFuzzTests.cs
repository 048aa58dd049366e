using System.Text;
using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using Caaa.Sidecar.Api;
using Caaa.Sidecar.Webhook;
using CsCheck;

namespace Caaa.Reliability.Tests.HostileInput;

/// <summary>
/// The events and feedback body parsers over mutated valid bodies, flipped bytes and random bytes:
/// they return a value that keeps every rule of docs/contracts.md, or errors that name a field of the
/// request (or <c>$</c>), and never throw. Byte flips also put invalid UTF-8 inside JSON strings.
/// </summary>
public sealed class PushBodyFuzzTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] EventSamples =
    [
        """{"kind":"calendar","name":"Flash sale","start":"2026-03-02T09:00:00Z","end":"2026-03-02T11:00:00Z","services":["checkout","cart"],"expectedLoadMultiplier":4.0}""",
        """{"kind":"Deployment","name":"checkout v42","start":"2026-03-02T09:00:00.123456789+01:00","end":null,"services":null,"expectedLoadMultiplier":null}""",
        """{"kind":"calendar","name":"Überlast 🔥","start":"2026-12-24T00:00:00Z","services":[]}""",
    ];

    private static readonly string[] EventFields =
        ["kind", "name", "start", "end", "services", "expectedLoadMultiplier"];

    private static readonly string[] FeedbackSamples =
    [
        """{"class":"FAULT","comment":"was a real outage","author":"sre-on-call"}""",
        """{"class":"expected_load","comment":null,"author":""}""",
        """{"class":"UNKNOWN"}""",
    ];

    private static readonly string[] FeedbackFields = ["class", "comment", "author"];

    [Fact]
    public void ParseEvent_SplicedSamples_NeverThrowsAndKeepsTheRules()
    {
        SplicedSamples(EventSamples).Sample(AssertEventTotal, iter: 3000);
    }

    [Fact]
    public void ParseEvent_StructurallyMutatedSamples_NeverThrowsAndKeepsTheRules()
    {
        StructurallyMutated(EventSamples).Sample(AssertEventTotal, iter: 3000);
    }

    [Fact]
    public void ParseEvent_FlippedBytesAndRandomBytes_NeverThrows()
    {
        FlippedBytes(EventSamples).Sample(AssertEventTotal, iter: 3000);
        Gen.Byte.Array[0, 512].Sample(AssertEventTotal, iter: 3000);
    }

    [Fact]
    public void ParseFeedback_SplicedMutatedFlippedAndRandom_NeverThrowsAndKeepsTheRules()
    {
        SplicedSamples(FeedbackSamples).Sample(AssertFeedbackTotal, iter: 2000);
        StructurallyMutated(FeedbackSamples).Sample(AssertFeedbackTotal, iter: 2000);
        FlippedBytes(FeedbackSamples).Sample(AssertFeedbackTotal, iter: 2000);
        Gen.Byte.Array[0, 512].Sample(AssertFeedbackTotal, iter: 2000);
    }

    [Fact]
    public void ParseNotification_FlippedBytesInRealSamples_NeverThrows()
    {
        var samples = Directory.EnumerateFiles(Repository.WebhookSamples, "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToArray();

        FlippedBytes(samples).Sample(body =>
        {
            var result = NotificationParser.Parse(body);

            Assert.True(result.IsValid || result.Errors.Count > 0);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.Key)));
        }, iter: 2000);
    }

    [Fact]
    public void ParseEvent_InvalidUtf8InsideAString_400NamingTheFieldOrAccepted()
    {
        var body = Encoding.UTF8.GetBytes(EventSamples[0]);
        var at = EventSamples[0].IndexOf("Flash", StringComparison.Ordinal);
        body[at] = 0xFF;

        var result = EventRequestValidator.Parse(body);

        Assert.False(result.IsValid);
        Assert.Equal(["name"], result.Errors.Keys);
    }

    private static Gen<byte[]> SplicedSamples(string[] samples) =>
        Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 8], Gen.Char.Array[0, 6])
            .Select(t => Encoding.UTF8.GetBytes(JsonMutation.Splice(samples[t.Item1], t.Item2, t.Item3, t.Item4)));

    private static Gen<byte[]> StructurallyMutated(string[] samples) =>
        Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, 12], JsonMutation.AnyValue).Select(t =>
        {
            var root = JsonNode.Parse(samples[t.Item1]);
            JsonMutation.Replace(root, t.Item2, t.Item3);
            return Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
        });

    private static Gen<byte[]> FlippedBytes(string[] samples) =>
        Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, int.MaxValue], Gen.Byte).Select(t =>
        {
            var body = Encoding.UTF8.GetBytes(samples[t.Item1]);
            body[t.Item2 % body.Length] = t.Item3;
            return body;
        });

    private static void AssertEventTotal(byte[] body)
    {
        var result = EventRequestValidator.Parse(body);

        AssertErrorsNameFields(body, result.IsValid, result.Errors, EventFields);
        if (result.Value is { } e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.InRange(e.Name.Length, 1, PushLimits.MaxNameLength);
            Assert.True(InstantBounds.IsPlausible(e.Start));
            Assert.True(e.End is null || (InstantBounds.IsPlausible(e.End.Value) && e.End >= e.Start));
            Assert.InRange(e.Services.Count, 0, PushLimits.MaxServices);
            Assert.All(e.Services, s => Assert.InRange(s.Trim().Length, 1, PushLimits.MaxNameLength));
            Assert.True(e.ExpectedLoadMultiplier is null or > 0 and <= PushLimits.MaxExpectedLoadMultiplier);
        }
    }

    private static void AssertFeedbackTotal(byte[] body)
    {
        var result = FeedbackRequestValidator.Parse(body, "a1", ReceivedAt);

        AssertErrorsNameFields(body, result.IsValid, result.Errors, FeedbackFields);
        if (result.Value is { } f)
        {
            Assert.True(Enum.IsDefined(f.Class));
            Assert.True(f.Comment is null
                || (f.Comment.Trim().Length > 0 && f.Comment.Length <= PushLimits.MaxCommentLength));
            Assert.True(f.Author is null
                || (f.Author.Trim().Length > 0 && f.Author.Length <= PushLimits.MaxNameLength));
            Assert.Equal(("a1", ReceivedAt), (f.AttributionId, f.CreatedAt));
        }
    }

    /// <summary>
    /// Valid exactly when there are no errors. Every error names the body (<c>$</c>), one of the request's
    /// fields (in any case, as the reader matches them), or a member the body itself holds (a syntax
    /// error inside an unknown member is reported there).
    /// </summary>
    private static void AssertErrorsNameFields(
        byte[] body,
        bool valid,
        IReadOnlyDictionary<string, string[]> errors,
        string[] fields)
    {
        var text = Encoding.UTF8.GetString(body);

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e =>
        {
            var member = e.Key.Split('[', '.')[0];
            var named = e.Key == "$" || e.Key.StartsWith("$[", StringComparison.Ordinal)
                || fields.Contains(member, StringComparer.OrdinalIgnoreCase)
                || text.Contains($"\"{member}\"", StringComparison.Ordinal);
            Assert.True(named, $"error key '{e.Key}' names nothing in {text}");
            Assert.NotEmpty(e.Value);
        });
    }
}
