using System.Globalization;
using System.Text;
using Caaa.Cli.Replay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// A tiny exposition endpoint on 127.0.0.1 that Prometheus scrapes: it serves one case's replay signals
/// as live values, so a test can change what the metrics say while the stack runs.
/// </summary>
internal sealed class LiveSignals : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _caseId;
    private volatile IReadOnlyDictionary<(string Service, string Signal), double> _values;

    private LiveSignals(WebApplication app, string caseId, IReadOnlyDictionary<(string, string), double> values)
    {
        _app = app;
        _caseId = caseId;
        _values = values;
    }

    public Uri Url { get; private set; } = null!;

    public static async Task<LiveSignals> StartAsync(
        int port,
        string caseId,
        IReadOnlyDictionary<(string Service, string Signal), double> values)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var live = new LiveSignals(builder.Build(), caseId, values);
        live._app.MapGet("/metrics", () => Results.Text(live.Exposition(), "text/plain; version=0.0.4"));
        await live._app.StartAsync();
        live.Url = new Uri($"http://127.0.0.1:{port}/");
        return live;
    }

    /// <summary>From the next scrape on, these are the values.</summary>
    public void Serve(IReadOnlyDictionary<(string Service, string Signal), double> values) => _values = values;

    private string Exposition()
    {
        var text = new StringBuilder();
        text.Append("# TYPE ").Append(OpenMetricsWriter.MetricName).Append(" gauge\n");
        foreach (var ((service, signal), value) in _values)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{OpenMetricsWriter.MetricName}{{{OpenMetricsWriter.ScopeLabel}=\"{_caseId}\",");
            text.Append(CultureInfo.InvariantCulture, $"service=\"{service}\",signal=\"{signal}\"}} ");
            text.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
