using System.Globalization;

namespace Caaa.Cli.Stack;

/// <summary>
/// Starts the Debian package's Prometheus on 127.0.0.1 with its own data directory, a long retention
/// (backfilled history is years old) and a one-second alert resend delay.
/// </summary>
internal static class PrometheusServer
{
    public static async Task<ServerProcess> StartAsync(
        string workDir,
        IReadOnlyList<Uri> scrapeTargets,
        CancellationToken cancellationToken,
        int? port = null)
    {
        var listenPort = port ?? LocalPorts.Free();
        LocalPorts.EnsureFree(listenPort, "Prometheus");
        var dataDir = Path.Combine(workDir, "prometheus-data");
        Directory.CreateDirectory(dataDir);
        var configPath = Path.Combine(workDir, "prometheus.yml");
        await File.WriteAllTextAsync(configPath, Config(scrapeTargets), cancellationToken);

        var url = new Uri($"http://127.0.0.1:{listenPort}/");
        string[] arguments =
        [
            $"--config.file={configPath}",
            $"--storage.tsdb.path={dataDir}",
            "--storage.tsdb.retention.time=100y",
            $"--web.listen-address=127.0.0.1:{listenPort}",
            "--rules.alert.resend-delay=1s",
            "--web.enable-lifecycle",
        ];
        return await ServerProcess.StartAsync(
            "Prometheus",
            ServerBinaries.Prometheus,
            arguments,
            url,
            "-/ready",
            Path.Combine(workDir, "prometheus.log"),
            cancellationToken);
    }

    private static string Config(IReadOnlyList<Uri> scrapeTargets)
    {
        var targets = string.Join(", ", scrapeTargets.Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"'{t.Host}:{t.Port}'")));
        return $"""
            global:
              scrape_interval: 2s
              evaluation_interval: 2s
            scrape_configs:
              - job_name: caaa
                static_configs:
                  - targets: [{targets}]
            """;
    }
}
