using Caaa.Cli.Stack;
using Caaa.Sidecar.Wiring;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Caaa.Cli.Replay;

/// <summary>
/// The real stack a replay runs against: Prometheus on the backfilled data (scraping the sidecar),
/// Alertmanager sending its webhook to the sidecar, the sidecar itself in-process (enforce mode) and the
/// Grafana stand-in. Whatever was started is stopped on dispose, the servers by their process id.
/// </summary>
internal sealed class ReplayStack : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _started = [];
    private WebApplication? _sidecar;

    private ReplayStack(Uri sidecarUrl) => SidecarUrl = sidecarUrl;

    public Uri SidecarUrl { get; }

    public ServerProcess Prometheus { get; private set; } = null!;

    public ServerProcess Alertmanager { get; private set; } = null!;

    public AnnotationSink Grafana { get; private set; } = null!;

    /// <summary>The sidecar's services, for tests that read its state directly.</summary>
    public IServiceProvider SidecarServices => _sidecar!.Services;

    /// <summary>Starts everything; the model must already be saved as <c>model.zip</c> in the work directory.</summary>
    public static async Task<ReplayStack> StartAsync(ReplayStackOptions options, CancellationToken cancellationToken)
    {
        var stack = new ReplayStack(new Uri($"http://127.0.0.1:{LocalPorts.Free()}/"));
        try
        {
            await stack.StartAllAsync(options, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(ReplayStackOptions options, CancellationToken cancellationToken)
    {
        var workDir = options.WorkDir;
        var alertmanagerPort = LocalPorts.Free();
        var alertmanagerUrl = new Uri($"http://127.0.0.1:{alertmanagerPort}/");
        Grafana = Track(await AnnotationSink.StartAsync(LocalPorts.Free(), cancellationToken));
        Prometheus = Track(await PrometheusServer.StartAsync(
            workDir, [SidecarUrl, .. options.ExtraScrapeTargets], cancellationToken));

        var configPath = await WriteConfigAsync(options, alertmanagerUrl, cancellationToken);
        _sidecar = SidecarApp.Build(
            ["--config", configPath, "--urls", SidecarUrl.ToString().TrimEnd('/')],
            builder => builder.Logging.AddFilter(level => level >= LogLevel.Warning));
        await _sidecar.StartAsync(cancellationToken);

        Alertmanager = Track(await AlertmanagerServer.StartAsync(
            workDir, new Uri(SidecarUrl, "api/v1/webhook"), null, ["alertname", OpenMetricsWriter.ScopeLabel],
            cancellationToken, alertmanagerPort));
    }

    private async Task<string> WriteConfigAsync(
        ReplayStackOptions options,
        Uri alertmanagerUrl,
        CancellationToken cancellationToken)
    {
        var tokenFile = Path.Combine(options.WorkDir, "grafana-token");
        await File.WriteAllTextAsync(tokenFile, "replay-token", cancellationToken);
        var configPath = Path.Combine(options.WorkDir, "caaa.yaml");
        var yaml = ReplayConfig.Yaml(options.WorkDir, Prometheus.Url, alertmanagerUrl, Grafana.Url, tokenFile,
            options.RecheckInterval, options.RecheckWindow, options.Lookahead);
        await File.WriteAllTextAsync(configPath, yaml, cancellationToken);
        return configPath;
    }

    private T Track<T>(T started)
        where T : IAsyncDisposable
    {
        _started.Add(started);
        return started;
    }

    /// <summary>Stops the sidecar first (it talks to the others), then the rest in reverse order of start.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_sidecar is not null)
        {
            await _sidecar.StopAsync(CancellationToken.None);
            await _sidecar.DisposeAsync();
            _sidecar = null;
        }

        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync();
        }

        _started.Clear();
    }
}
