using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Tests.Support;

namespace Caaa.Sidecar.Tests.Pipeline;

public sealed class IncidentWorkerTests
{
    [Fact]
    public async Task Worker_EvidenceThrowsOnLastAttempt_RecordsUnknownWithTheReasonAndCountsIt()
    {
        await using var factory = new SidecarFactory();
        factory.Settings["queue:maxAttempts"] = "1";
        factory.Prometheus.Crash = new InvalidOperationException("the frame overflowed");
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        var summary = Assert.Single(page!["items"]!.AsArray())!;
        Assert.Equal("UNKNOWN", summary["class"]!.GetValue<string>());
        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/v1/attributions/{summary["id"]}");
        var reason = Assert.Single(detail!["reasons"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("Evidence could not be gathered", reason, StringComparison.Ordinal);
        Assert.Contains("the frame overflowed", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reason, StringComparison.Ordinal);
        Assert.Null(detail["silenceId"]);
        var metrics = factory.Get<CaaaMetrics>();
        Assert.Equal(1, metrics.Attributions.WithLabels("UNKNOWN", "HighLoad").Value);
        Assert.Equal(1, metrics.IncidentsFailed.Value);
        Assert.Equal(0, metrics.QueueDepth.Value);
        var incident = await SingleIncidentAsync(factory);
        Assert.Equal(WorkStates.Failed, incident.WorkState);
        Assert.Equal(summary["id"]!.GetValue<string>(), incident.AttributionId);
    }

    [Fact]
    public async Task Worker_AttemptFailsBeforeTheLast_NoDecisionYetAndRetriedToUnknown()
    {
        await using var factory = new SidecarFactory();
        factory.Settings["queue:maxAttempts"] = "2";
        factory.Prometheus.Crash = new InvalidOperationException("boom");
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await WaitForAttemptsAsync(factory, 1);
        var attributionsAfterFirst = factory.CountRows("attributions");
        var failedAfterFirst = factory.Get<CaaaMetrics>().IncidentsFailed.Value;
        factory.Time.Advance(TimeSpan.FromSeconds(31));
        await factory.WaitForIdleAsync();

        Assert.Equal(0, attributionsAfterFirst);
        Assert.Equal(0, failedAfterFirst);
        Assert.Equal(1, factory.CountRows("attributions"));
        Assert.Equal(1, factory.Get<CaaaMetrics>().IncidentsFailed.Value);
        Assert.Equal(WorkStates.Failed, (await SingleIncidentAsync(factory)).WorkState);
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z", "evidence:lookback", "1000000d")]
    [InlineData("8999-12-31T23:59:59Z", "evidence:lookahead", "1000000d")]
    public async Task Worker_WindowPastTheEndsOfTime_ClampedAndAttributedUnknownWithoutFailing(
        string startsAt,
        string setting,
        string duration)
    {
        await using var factory = new SidecarFactory();
        factory.Settings[setting] = duration;
        factory.Prometheus.Services = [];
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing(startsAt: startsAt))).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var incident = await SingleIncidentAsync(factory);
        Assert.Equal(WorkStates.Done, incident.WorkState);
        Assert.Equal(0, incident.Attempts);
        Assert.Equal(1, factory.Get<CaaaMetrics>().Attributions.WithLabels("UNKNOWN", "HighLoad").Value);
        Assert.Equal(0, factory.Get<CaaaMetrics>().IncidentsFailed.Value);
    }

    [Theory]
    [InlineData(false, "No Prometheus is configured (prometheus.baseUrl); not enough evidence.")]
    [InlineData(true, "Prometheus returned no usable metrics around the alert; not enough evidence.")]
    public async Task Worker_NoMetrics_ReasonSaysWhetherPrometheusWasAsked(bool configured, string expected)
    {
        await using var factory = new SidecarFactory { PrometheusConfigured = configured };
        factory.Settings["queue:maxAttempts"] = "1";
        factory.Prometheus.Unreachable = true;
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        var page = await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");
        var summary = Assert.Single(page!["items"]!.AsArray())!;
        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/v1/attributions/{summary["id"]}");
        Assert.Equal(expected, Assert.Single(detail!["reasons"]!.AsArray())!.GetValue<string>());
    }

    private static async Task<IncidentRecord> SingleIncidentAsync(SidecarFactory factory)
    {
        var id = Assert.Single(factory.QueryStrings("SELECT id FROM incidents"));
        return (await factory.Get<IncidentStore>().GetAsync(id, CancellationToken.None))!;
    }

    private static async Task WaitForAttemptsAsync(SidecarFactory factory, int attempts)
    {
        for (var i = 0; i < 500; i++)
        {
            if (factory.QueryStrings("SELECT attempts FROM incidents").SingleOrDefault() == $"{attempts}"
                && factory.QueryStrings("SELECT work_state FROM incidents").Single() == WorkStates.Pending)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The incident did not reach {attempts} attempts.");
    }
}
