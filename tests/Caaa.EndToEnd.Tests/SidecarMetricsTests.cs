using System.Text.Json;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// The sidecar's own counters, read through the real Prometheus that scrapes it, against what the sidecar
/// recorded. The counters keep moving (silenced incidents are re-checked every few seconds), so each test
/// reads the sidecar's record, waits until Prometheus has caught up with it, and then checks that
/// Prometheus is not ahead of the sidecar either.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SidecarMetricsTests(EndToEndStack stack)
{
    private static readonly TimeSpan ScrapeDeadline = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("FAULT")]
    [InlineData("EXPECTED_LOAD")]
    public async Task AttributionsTotal_ThroughPrometheus_MatchesAttributionsRecorded(string classification)
    {
        var query = $"sum(caaa_attributions_total{{classification=\"{classification}\"}})";

        var before = await RecordedAsync(classification);
        var scraped = await ScrapedAtLeastAsync(query, before);
        var after = await RecordedAsync(classification);

        Assert.True(before > 0, $"the sidecar recorded no {classification} attribution");
        Assert.InRange(scraped, before, after);
    }

    [Fact]
    public async Task SilencesCreated_ThroughPrometheus_MatchesSilencesTheSidecarCreated()
    {
        const string query = "sum(caaa_silences_total{action=\"created\"})";

        var before = await SilencesCreatedAsync();
        var scraped = await ScrapedAtLeastAsync(query, before);
        var after = await SilencesCreatedAsync();

        Assert.True(before >= 1, "the announced surge should have been silenced");
        Assert.InRange(scraped, before, after);
    }

    [Fact]
    public async Task WebhookRequests_ThroughPrometheus_CountEveryNotificationDelivered()
    {
        // A delivery the sidecar recognises as already received is counted as a duplicate, not accepted.
        const string query = "sum(caaa_webhook_requests_total{outcome=~\"accepted|duplicate\"})";
        var alertmanager = await stack.Http.GetStringAsync(new Uri(stack.Stack.Alertmanager.Url, "metrics"));

        var delivered = AlertmanagerWebhookNotifications(alertmanager);
        var scraped = await ScrapedAtLeastAsync(query, delivered);

        Assert.True(delivered >= stack.Cases.All.Count, $"Alertmanager delivered only {delivered} notifications");
        Assert.True(scraped >= delivered, $"Prometheus saw {scraped} accepted webhooks, Alertmanager sent {delivered}");
    }

    private async Task<double> RecordedAsync(string classification)
    {
        var page = await stack.Http.GetAsync(
            stack.Stack.SidecarUrl, $"api/v1/attributions?class={classification}&pageSize=1");
        return page.GetProperty("total").GetInt32();
    }

    /// <summary>Every attribution whose silence action says a silence was created (first decisions only).</summary>
    private async Task<double> SilencesCreatedAsync()
    {
        var page = await stack.Http.GetAsync(stack.Stack.SidecarUrl, "api/v1/attributions?pageSize=500");
        Assert.True(page.GetProperty("total").GetInt32() <= 500, "more attributions than one page holds");
        return page.GetProperty("items").EnumerateArray().Count(item =>
            item.GetProperty("silenceAction") is { ValueKind: JsonValueKind.String } action
            && action.GetString()!.StartsWith("created ", StringComparison.Ordinal));
    }

    private Task<double> ScrapedAtLeastAsync(string query, double wanted) =>
        Eventually.WaitAsync(
            async () => (await stack.Http.QueryAsync(stack.Stack.Prometheus.Url, query)).Values("").Values
                .DefaultIfEmpty(double.NaN).Single(),
            value => value >= wanted,
            ScrapeDeadline);

    /// <summary>Successful webhook notifications, from Alertmanager's own counters.</summary>
    private static double AlertmanagerWebhookNotifications(string exposition)
    {
        double Sum(string name) => exposition.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains("integration=\"webhook\"",
                StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return Sum("alertmanager_notifications_total") - Sum("alertmanager_notifications_failed_total");
    }
}
