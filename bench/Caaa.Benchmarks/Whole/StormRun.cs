using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Caaa.Benchmarks.Synthetic;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// An alert storm against a real Prometheus: either one notification holding every alert, or one
/// notification per alert spread evenly over a period. Reports the time until every incident is
/// attributed, the range queries that reached Prometheus, and the memory it took.
/// </summary>
internal static class StormRun
{
    private const int Services = 50;

    /// <param name="shape">
    /// <c>one</c> notification, or <c>many</c> notifications over <paramref name="seconds"/>.
    /// </param>
    /// <param name="timing"><c>fixed</c>: every alert has the same historical startsAt; <c>live</c>: startsAt is
    /// 30 s before it is sent, so the query window ends "now".</param>
    public static async Task<int> RunAsync(string shape, int alerts, int seconds, string timing)
    {
        Console.WriteLine(MachineInfo.Describe());
        var now = DateTimeOffset.UtcNow;
        await using var prometheus = await BenchPrometheus.StartAsync(Services, now.AddHours(-3), now);
        var model = TrainedModels.Small();
        var fixedOnset = now.AddMinutes(-60);
        Func<DateTimeOffset> onset = timing == "live" ? () => DateTimeOffset.UtcNow.AddSeconds(-30) : () => fixedOnset;

        using var sidecar = new BenchSidecar(prometheus.Url, model, LocalPort.Free());
        sidecar.StartServer();
        using var http = new HttpClient { BaseAddress = sidecar.Url };
        var queriesBefore = await prometheus.QueryRangeRequestsAsync();
        ResetPeakMemory();
        var gcBefore = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2));

        var clock = Stopwatch.StartNew();
        var rejected = shape == "one"
            ? await SendAsync(http, Notifications.Firing("storm", alerts, _ => onset(), Services))
            : await SendSpreadAsync(http, alerts, seconds, onset);
        var sent = clock.Elapsed;
        await WaitDrainedAsync(sidecar);
        var drained = clock.Elapsed;

        var memory = ProcessMemory.OfThisProcess();
        var queries = await prometheus.QueryRangeRequestsAsync() - queriesBefore;
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storm shape={shape} alerts={alerts} timing={timing} sent-in={sent.TotalSeconds:F1}s " +
            $"all-attributed-in={drained.TotalSeconds:F1}s rejected={rejected} " +
            $"cache-fetches={sidecar.PrometheusFetches} prometheus-query_range={queries} " +
            $"{ProcessMemory.Describe(memory)} heap={gc.HeapSizeBytes / 1048576.0:F0}MiB " +
            $"allocated={(GC.GetTotalAllocatedBytes() - gcBefore.Item1) / 1048576.0:F0}MiB " +
            $"gen0={GC.CollectionCount(0) - gcBefore.Item2} gen2={GC.CollectionCount(2) - gcBefore.Item3} " +
            $"{MachineInfo.LoadAverage()}"));
        await PrintAttributionsAsync(http);
        return 0;
    }

    private static async Task<int> SendSpreadAsync(HttpClient http, int alerts, int seconds, Func<DateTimeOffset> onset)
    {
        var rejected = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < alerts; i++)
        {
            var due = TimeSpan.FromSeconds(seconds * (double)i / alerts);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var startsAt = onset();
            rejected += await SendAsync(http, Notifications.Firing($"storm-{i}", 1, _ => startsAt, Services));
        }

        return rejected;
    }

    /// <summary>Returns 1 when the sidecar refused the notification (503 back-pressure), else 0.</summary>
    private static async Task<int> SendAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri("api/v1/webhook", UriKind.Relative), content);
        return response.IsSuccessStatusCode ? 0 : 1;
    }

    private static async Task WaitDrainedAsync(BenchSidecar sidecar)
    {
        while (await sidecar.BacklogAsync() > 0)
        {
            await Task.Delay(50);
        }
    }

    private static async Task PrintAttributionsAsync(HttpClient http)
    {
        var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        var attributions = metrics.Split('\n')
            .Where(l => l.StartsWith("caaa_attributions_total{", StringComparison.Ordinal));
        foreach (var line in attributions)
        {
            Console.WriteLine($"  {line}");
        }
    }

    /// <summary>Writing 5 to clear_refs resets the kernel's peak-RSS mark (VmHWM) for this process.</summary>
    private static void ResetPeakMemory()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            Console.WriteLine("could not reset VmHWM; peak RSS includes set-up");
        }
        catch (UnauthorizedAccessException)
        {
            Console.WriteLine("could not reset VmHWM; peak RSS includes set-up");
        }
    }
}
