using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Caaa.Reliability.Tests.Upstreams;

/// <summary>
/// Upstreams failing in every way: retries only where they help and bounded, every failure counted,
/// the webhook still answered, the verdict UNKNOWN and never a silence when evidence is missing.
/// </summary>
public sealed class UpstreamFaultTests : IDisposable
{
    private readonly WireMockServer _prometheus = WireMockServer.Start();
    private readonly FakeAlertmanager _alertmanager = new();
    private readonly DateTimeOffset _onset = DateTimeOffset.UtcNow.AddMinutes(-10);

    private CapturedLogs? _lastLogs;

    public void Dispose()
    {
        _prometheus.Stop();
        _alertmanager.Dispose();
    }

    [Fact]
    public async Task Prometheus_HealthyAnswer_ExpectedLoadAndOneSilence()
    {
        FakePrometheus.AnswerLoadSurge(_prometheus, _onset, TimeSpan.Zero);

        var (attribution, _) = await RunOneAsync();

        Assert.True(attribution["class"]!.GetValue<string>() == "EXPECTED_LOAD", _lastLogs!.AllText);
        Assert.Single(_alertmanager.Silences);
    }

    [Theory]
    [InlineData(503, 3, "unavailable")]
    [InlineData(422, 1, "rejected")]
    public async Task Prometheus_ErrorStatus_BoundedRetriesUnknownNoSilenceAndCounted(
        int status,
        int expectedRequests,
        string reason)
    {
        _prometheus.Given(Request.Create().WithPath("/api/v1/query_range"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"error","errorType":"x","error":"boom"}"""));

        var (attribution, metrics) = await RunOneAsync();

        Assert.Equal("UNKNOWN", attribution["class"]!.GetValue<string>());
        Assert.True(expectedRequests == _prometheus.LogEntries.Count, _lastLogs!.AllText);
        Assert.Empty(_alertmanager.Silences);
        Assert.Matches($"caaa_upstream_failures_total\\{{upstream=\"prometheus\",reason=\"{reason}\"\\}} [1-9]", metrics);
    }

    [Fact]
    public async Task Prometheus_Down_UnknownNoSilenceAndCounted()
    {
        var url = _prometheus.Url!;
        _prometheus.Stop();

        var (attribution, metrics) = await RunOneAsync(url);

        Assert.Equal("UNKNOWN", attribution["class"]!.GetValue<string>());
        Assert.Empty(_alertmanager.Silences);
        Assert.Matches("caaa_upstream_failures_total\\{upstream=\"prometheus\",reason=\"unavailable\"\\} [1-9]", metrics);
    }

    [Fact]
    public async Task Prometheus_PartialAnswerWithWarnings_NeverExpectedLoadNoSilence()
    {
        var body = JsonNode.Parse(FakePrometheus.LoadSurgeBody(_onset))!;
        body["warnings"] = new JsonArray("store gateway timed out; partial result");
        _prometheus.Given(Request.Create().WithPath("/api/v1/query_range"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(body.ToJsonString()));

        var (attribution, _) = await RunOneAsync();

        Assert.NotEqual("EXPECTED_LOAD", attribution["class"]!.GetValue<string>());
        Assert.Empty(_alertmanager.Silences);
    }

    [Fact]
    public async Task Prometheus_Hangs_WebhookAnswered200ThenUnknownAsTimeout()
    {
        _prometheus.Given(Request.Create().WithPath("/api/v1/query_range"))
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(8)));
        using var sidecar = Sidecar(_prometheus.Url!);
        sidecar.Settings["prometheus:maxRetryAttempts"] = "0";
        sidecar.Settings["prometheus:attemptTimeout"] = "00:00:03";
        sidecar.Settings["prometheus:timeout"] = "00:00:03";
        using var client = sidecar.CreateClient();

        using var answer = await client.PostAsJsonAsync("/api/v1/webhook", Notifications.Firing(1, _onset));
        var attributedWhenAnswered = sidecar.Count("SELECT COUNT(*) FROM attributions");
        await sidecar.WaitForIdleAsync();
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(0, attributedWhenAnswered);
        Assert.Equal("UNKNOWN", ClassOf(sidecar));
        Assert.Matches("caaa_upstream_failures_total\\{upstream=\"prometheus\",reason=\"timeout\"\\} [1-9]", metrics);
    }

    [Fact]
    public async Task Alertmanager_5xxWhileSilencing_NoSilenceCountedAndPostNotRetried()
    {
        FakePrometheus.AnswerLoadSurge(_prometheus, _onset, TimeSpan.Zero);
        _alertmanager.Server.Given(Request.Create().WithPath("/api/v2/silences").UsingPost()).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("overloaded"));

        var (attribution, metrics) = await RunOneAsync();

        Assert.Equal("EXPECTED_LOAD", attribution["class"]!.GetValue<string>());
        Assert.Empty(_alertmanager.Silences);
        Assert.Equal(1, _alertmanager.Server.LogEntries.Count(e => e.RequestMessage.Method == "POST"));
        Assert.Matches("caaa_upstream_failures_total\\{upstream=\"alertmanager\",reason=\"unavailable\"\\} [1-9]", metrics);
        Assert.StartsWith("failed", attribution["silenceAction"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(JsonObject Attribution, string Metrics)> RunOneAsync(string? prometheusUrl = null)
    {
        using var sidecar = Sidecar(prometheusUrl ?? _prometheus.Url!);
        _lastLogs = sidecar.Logs;
        using var client = sidecar.CreateClient();

        using var answer = await client.PostAsJsonAsync("/api/v1/webhook", Notifications.Firing(1, _onset));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await sidecar.WaitForIdleAsync();
        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        return (Assert.Single(page!["items"]!.AsArray())!.AsObject(), await client.GetStringAsync("/metrics"));
    }

    private static string ClassOf(InProcessSidecar sidecar)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sidecar.StorePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT class FROM attributions";
        return (string)command.ExecuteScalar()!;
    }

    private InProcessSidecar Sidecar(string prometheusUrl)
    {
        var sidecar = new InProcessSidecar { UseRealModel = true };
        var s = sidecar.Settings;
        s["model:path"] = TinyModel.Path;
        s["silencing:mode"] = "enforce";
        s["silencing:minConfidence"] = "0.6";
        s["annotations:enabled"] = "false";
        s["prometheus:baseUrl"] = prometheusUrl;
        s["prometheus:maxRetryAttempts"] = "2";
        s["prometheus:retryBaseDelay"] = "00:00:00.010";
        s["prometheus:retryMaxDelay"] = "00:00:00.050";
        s["prometheus:attemptTimeout"] = "00:00:05";
        s["prometheus:timeout"] = "00:00:15";
        s["prometheus:cacheTtl"] = "00:00:00.001";
        s["alertmanager:baseUrl"] = _alertmanager.Url;
        s["alertmanager:retryBaseDelay"] = "00:00:00.010";
        s["alertmanager:retryMaxDelay"] = "00:00:00.050";
        s["contextSources:staticEvents:0:name"] = "Spring sale";
        s["contextSources:staticEvents:0:start"] = _onset.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ",
            System.Globalization.CultureInfo.InvariantCulture);
        s["contextSources:staticEvents:0:duration"] = "04:00:00";
        return sidecar;
    }
}
