namespace Caaa.Cli.Stack;

/// <summary>
/// Starts the Debian package's Alertmanager alone (no cluster) on 127.0.0.1, routing every alert to
/// CAAA's webhook with a short group_wait, one group per alert name and case.
/// </summary>
internal static class AlertmanagerServer
{
    public static async Task<ServerProcess> StartAsync(
        string workDir,
        Uri webhookUrl,
        string? bearerTokenFile,
        IReadOnlyList<string> groupBy,
        CancellationToken cancellationToken,
        int? port = null)
    {
        var listenPort = port ?? LocalPorts.Free();
        LocalPorts.EnsureFree(listenPort, "Alertmanager");
        var dataDir = Path.Combine(workDir, "alertmanager-data");
        Directory.CreateDirectory(dataDir);
        var configPath = Path.Combine(workDir, "alertmanager.yml");
        await File.WriteAllTextAsync(configPath, Config(webhookUrl, bearerTokenFile, groupBy), cancellationToken);

        var url = new Uri($"http://127.0.0.1:{listenPort}/");
        string[] arguments =
        [
            $"--config.file={configPath}",
            $"--storage.path={dataDir}",
            $"--web.listen-address=127.0.0.1:{listenPort}",
            $"--web.external-url={url}",
            "--cluster.listen-address=",
        ];
        return await ServerProcess.StartAsync(
            "Alertmanager",
            ServerBinaries.Alertmanager,
            arguments,
            url,
            "-/ready",
            Path.Combine(workDir, "alertmanager.log"),
            cancellationToken);
    }

    private static string Config(Uri webhookUrl, string? bearerTokenFile, IReadOnlyList<string> groupBy)
    {
        var auth = bearerTokenFile is null
            ? string.Empty
            : $"""

                    http_config:
                      authorization:
                        credentials_file: '{bearerTokenFile}'
            """;
        return $"""
            route:
              receiver: caaa
              group_by: [{string.Join(", ", groupBy.Select(g => $"'{g}'"))}]
              group_wait: 1s
              group_interval: 5s
              repeat_interval: 4h
            receivers:
              - name: caaa
                webhook_configs:
                  - url: '{webhookUrl}'
                    send_resolved: true
                    max_alerts: 0{auth}
            """;
    }
}
