using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Caaa.Reliability.Tests.Load;

/// <summary>
/// A burst far above the backlog limit: the sidecar pushes back explicitly (503 + Retry-After), drops
/// nothing, and every notification a sender retries is eventually accepted and attributed once. Like
/// Alertmanager's group re-notifications, the 10,000 alerts are drawn from a pool of distinct alerts, so
/// deduplication is exercised at scale too.
/// </summary>
public sealed class BurstTests(ITestOutputHelper output)
{
    private const int NotificationCount = 1000;
    private const int AlertsPerNotification = 10;
    private const int DistinctAlerts = 1500;

    [Fact]
    public async Task Webhook_BurstOf1000NotificationsAnd10000Alerts_BackPressureThenAllAttributedOnce()
    {
        using var sidecar = new InProcessSidecar();
        sidecar.Settings["queue:maxPending"] = "300";
        sidecar.Settings["queue:workers"] = "4";
        sidecar.Settings["queue:retryAfterSeconds"] = "1";
        using var client = sidecar.CreateClient();
        var onset = DateTimeOffset.UtcNow.AddMinutes(-5);
        var pending = Enumerable.Range(0, NotificationCount).Select(i => Burst(i, onset)).ToList();
        var peakWorkingSet = 0L;

        var (rejected, retryAfterMissing, rounds) = (0, 0, 0);
        while (pending.Count > 0 && rounds++ < 500)
        {
            var answers = await Task.WhenAll(pending.Select(async n => (n, await PostAsync(client, n))));
            var refused = answers.Where(a => a.Item2 is not (HttpStatusCode.OK, _)).ToList();
            rejected += refused.Count;
            retryAfterMissing += refused.Count(a => a.Item2 is not (HttpStatusCode.ServiceUnavailable, true));
            pending = refused.Select(a => a.n).ToList();
            peakWorkingSet = Math.Max(peakWorkingSet, Process.GetCurrentProcess().WorkingSet64);
            if (pending.Count > 0)
            {
                await Task.Delay(200);
            }
        }

        await sidecar.WaitForIdleAsync(polls: 20_000);
        peakWorkingSet = Math.Max(peakWorkingSet, Process.GetCurrentProcess().WorkingSet64);
        var incidents = sidecar.Count("SELECT COUNT(*) FROM incidents");
        var attributed = sidecar.Count("SELECT COUNT(DISTINCT incident_id) FROM attributions");
        var attributions = sidecar.Count("SELECT COUNT(*) FROM attributions");
        output.WriteLine($"503 answers: {rejected}; rounds: {rounds}; incidents: {incidents}; " +
            $"attributed: {attributed}; attributions: {attributions}; peak working set of the test host " +
            $"(sidecar in-process): {peakWorkingSet / (1024 * 1024)} MiB");

        Assert.Empty(pending);
        Assert.True(rejected > 0, "the backlog limit was never reached; the burst did not test back-pressure");
        Assert.Equal(0, retryAfterMissing);
        Assert.Equal(ExpectedIncidents(), incidents);
        Assert.Equal(NotificationCount, sidecar.Count("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(incidents, attributed);
        Assert.Equal(incidents, attributions);
    }

    private static async Task<(HttpStatusCode, bool)> PostAsync(HttpClient client, JsonObject notification)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/webhook", notification);
        var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        return (response.StatusCode, response.Headers.RetryAfter is not null && isProblem);
    }

    private static JsonObject Burst(int index, DateTimeOffset onset)
    {
        var notification = Notifications.Firing(index, onset);
        var alerts = notification["alerts"]!.AsArray();
        alerts.Clear();
        for (var a = 0; a < AlertsPerNotification; a++)
        {
            alerts.Add(Notifications.Alert("Burst", onset, "warning", AlertIndex(index, a)));
        }

        return notification;
    }

    private static int AlertIndex(int notification, int position) =>
        (notification + position) % DistinctAlerts;

    private static int ExpectedIncidents() =>
        Enumerable.Range(0, NotificationCount)
            .SelectMany(n => Enumerable.Range(0, AlertsPerNotification).Select(a => AlertIndex(n, a)))
            .Distinct()
            .Count();
}
