using System.Diagnostics;
using System.Net.Http.Headers;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// Webhook receive → durable SQLite store → 200, timed from the client over real HTTP to Kestrel on
/// 127.0.0.1. The worker runs alongside (no Prometheus, so each incident ends UNKNOWN at once), as in
/// production; the first <c>warmup</c> requests are not counted.
/// </summary>
internal static class WebhookLatencyRun
{
    public static async Task<int> RunAsync(int requests, int alertsPerNotification, int warmup)
    {
        Console.WriteLine(MachineInfo.Describe());
        using var sidecar = new BenchSidecar(prometheus: null, model: null, LocalPort.Free());
        sidecar.Settings["queue:maxPending"] = "1000000";
        sidecar.StartServer();
        using var http = new HttpClient { BaseAddress = sidecar.Url };

        var latencies = new List<TimeSpan>(requests);
        var failures = 0;
        for (var i = 0; i < warmup + requests; i++)
        {
            var body = Notifications.Firing($"latency-{i}", alertsPerNotification, _ => DateTimeOffset.UtcNow, 50);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(new Uri("api/v1/webhook", UriKind.Relative), content);
            var elapsed = Stopwatch.GetElapsedTime(started);
            failures += response.IsSuccessStatusCode ? 0 : 1;
            if (i >= warmup)
            {
                latencies.Add(elapsed);
            }
        }

        Console.WriteLine($"webhook alerts/notification={alertsPerNotification} failures={failures} " +
            $"{Percentiles.Describe(latencies)} {MachineInfo.LoadAverage()}");
        return failures == 0 ? 0 : 1;
    }
}
