using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// A real Prometheus (the Debian package) on 127.0.0.1, its TSDB backfilled with promtool from an
/// OpenMetrics file of bench_* gauges: services × five signals every 15 s over the given span. Stopped
/// by its own process id when disposed.
/// </summary>
internal sealed class BenchPrometheus : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _workDir;

    private BenchPrometheus(Process process, string workDir, Uri url)
    {
        _process = process;
        _workDir = workDir;
        Url = url;
    }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    public static async Task<BenchPrometheus> StartAsync(int services, DateTimeOffset from, DateTimeOffset to)
    {
        var workDir = Path.Combine(Path.GetTempPath(), "caaa-bench-prometheus", Guid.NewGuid().ToString("N"));
        var dataDir = Path.Combine(workDir, "data");
        Directory.CreateDirectory(dataDir);
        var openMetrics = Path.Combine(workDir, "bench.om");
        var samples = WriteOpenMetrics(openMetrics, services, from, to);

        var backfill = Stopwatch.StartNew();
        await RunAsync("promtool", ["tsdb", "create-blocks-from", "openmetrics", "-q", openMetrics, dataDir]);
        Console.WriteLine($"backfilled {samples} samples with promtool in {backfill.Elapsed.TotalSeconds:F1} s");

        var port = LocalPort.Free();
        var config = Path.Combine(workDir, "prometheus.yml");
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 15s\n");
        var info = new ProcessStartInfo("prometheus")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"--config.file={config}", $"--storage.tsdb.path={dataDir}", "--storage.tsdb.retention.time=100y",
            $"--web.listen-address=127.0.0.1:{port}",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start prometheus.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BenchPrometheus(process, workDir, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>query_range requests Prometheus itself counted (its own /metrics).</summary>
    public async Task<long> QueryRangeRequestsAsync()
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(new Uri(Url, "metrics"));
        return text.Split('\n')
            .Where(l => l.StartsWith("prometheus_http_requests_total{", StringComparison.Ordinal)
                && l.Contains("handler=\"/api/v1/query_range\"", StringComparison.Ordinal))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_workDir, recursive: true);
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"Prometheus did not become ready at {Url}.");
    }

    private static long WriteOpenMetrics(string path, int services, DateTimeOffset from, DateTimeOffset to)
    {
        var random = new Random(3);
        long samples = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var (metric, level) in new[]
        {
            ("bench_load", 100.0), ("bench_errors", 0.002), ("bench_latency", 0.05), ("bench_cpu", 0.4),
            ("bench_memory", 2e8),
        })
        {
            writer.Write($"# TYPE {metric} gauge\n");
            for (var s = 0; s < services; s++)
            {
                var labels = $"{{namespace=\"shop\",service=\"svc-{s:D3}\"}}";
                for (var t = from; t <= to; t += TimeSpan.FromSeconds(15))
                {
                    var value = level * (1 + (0.1 * Math.Sin(t.ToUnixTimeSeconds() / 600.0))) *
                        (1 + (0.05 * ((random.NextDouble() * 2) - 1)));
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{metric}{labels} {value:R} {t.ToUnixTimeSeconds()}\n"));
                    samples++;
                }
            }
        }

        writer.Write("# EOF\n");
        return samples;
    }

    private static async Task RunAsync(string binary, string[] arguments)
    {
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {binary}.");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{binary} failed ({process.ExitCode}): {await stderr}");
        }
    }
}
