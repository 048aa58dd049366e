using System.Net;
using System.Text;
using Caaa.Reliability.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Caaa.Reliability.Tests.HostileInput;

/// <summary>Whatever arrives, the answer is a 4xx ProblemDetails naming the problem; nothing half-stored.</summary>
public sealed class WebhookHostileInputTests
{
    private const string ValidAlert = """
        {"status":"firing","labels":{"alertname":"A","service":"s"},"annotations":{},
         "startsAt":"2026-03-02T10:00:00Z","fingerprint":"f1"}
        """;

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "truncated JSON", """{"version":"4","alerts":[""", "alerts[0]" },
        { "not JSON", "<alert>fire</alert>", "$" },
        { "array root", "[1,2,3]", "$" },
        { "null root", "null", "$" },
        { "wrong type for alerts", """{"version":"4","groupKey":"g","status":"firing","alerts":"all"}""", "alerts" },
        { "number as label", Envelope("""{"status":"firing","labels":{"alertname":7},"startsAt":"2026-03-02T10:00:00Z"}"""), "alerts" },
        { "null label value", Envelope("""{"status":"firing","labels":{"a":null},"startsAt":"2026-03-02T10:00:00Z"}"""), "alerts[0].labels.a" },
        { "missing startsAt", Envelope("""{"status":"firing","labels":{"alertname":"A"}}"""), "alerts[0].startsAt" },
        { "bad status", Envelope("""{"status":"burning","labels":{"alertname":"A"},"startsAt":"2026-03-02T10:00:00Z"}"""), "alerts[0].status" },
        { "bad date", Envelope("""{"status":"firing","labels":{"alertname":"A"},"startsAt":"yesterday"}"""), "alerts" },
        { "missing group key", """{"version":"4","status":"firing","alerts":[]}""", "groupKey" },
        { "wrong version", """{"version":"3","groupKey":"g","status":"firing","alerts":[]}""", "version" },
        { "one bad alert among good", Envelope(ValidAlert + ",{\"labels\":{}}"), "alerts[1]" },
        { "deep nesting", Envelope(ValidAlert).Replace("\"annotations\":{}", "\"annotations\":" + Deep(5000), StringComparison.Ordinal), "alerts" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Webhook_HostileBody_4xxProblemNamingFieldAndNothingStored(string why, string body, string field)
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();

        using var response = await client.PostAsync("/api/v1/webhook",
            new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.Contains($"\"{field}", StringComparison.Ordinal), problem);
        AssertNothingStoredAndNoCrash(sidecar);
    }

    [Fact]
    public async Task Webhook_HugeBody_413ProblemAndNothingStored()
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var huge = Envelope(ValidAlert.Replace("\"s\"", "\"" + new string('x', 2 * 1024 * 1024) + "\"",
            StringComparison.Ordinal));

        using var response = await client.PostAsync("/api/v1/webhook",
            new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("maxBodyBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingStoredAndNoCrash(sidecar);
    }

    [Fact]
    public async Task Webhook_UnicodeLongAndNonPrometheusLabelNames_StoredExactlyAndReplayIsDuplicate()
    {
        using var sidecar = new InProcessSidecar();
        using var client = sidecar.CreateClient();
        var alert = """
            {"status":"firing","labels":{"alertname":"Überlast 🔥","service":"s","0bad-name":"x","le.dot":"y",
             "long":"LONG"},"annotations":{"summary":"\u0000nul"},"startsAt":"2026-03-02T10:00:00Z"}
            """.Replace("LONG", new string('é', 60_000), StringComparison.Ordinal);

        using var first = await client.PostAsync("/api/v1/webhook",
            new StringContent(Envelope(alert), Encoding.UTF8, "application/json"));
        using var replay = await client.PostAsync("/api/v1/webhook",
            new StringContent(Envelope(alert), Encoding.UTF8, "application/json"));
        await sidecar.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"duplicate\":true", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, sidecar.Count("SELECT COUNT(*) FROM incidents"));
        Assert.Equal(1, sidecar.Count("SELECT COUNT(*) FROM attributions"));
        Assert.Equal(1, sidecar.Count("SELECT COUNT(*) FROM incidents WHERE alertname = 'Überlast 🔥'"));
    }

    private static void AssertNothingStoredAndNoCrash(InProcessSidecar sidecar)
    {
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(0, sidecar.Count("SELECT COUNT(*) FROM incidents"));
        Assert.DoesNotContain(sidecar.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }

    private static string Envelope(string alerts) =>
        """{"version":"4","groupKey":"g","status":"firing","receiver":"caaa","alerts":[""" + alerts + "]}";

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);
}
