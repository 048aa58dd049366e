using Caaa.Core.Attribution;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// The real sidecar (its Program, store, webhook, worker) on Kestrel at 127.0.0.1 with a temporary SQLite
/// store; optionally with the real Prometheus client and a trained model instead of the stand-ins.
/// </summary>
internal sealed class BenchSidecar : WebApplicationFactory<Program>
{
    private readonly Uri? _prometheus;
    private readonly AttributionModel? _model;

    public BenchSidecar(Uri? prometheus, AttributionModel? model, int port)
    {
        _prometheus = prometheus;
        _model = model;
        StoreDirectory = Path.Combine(Path.GetTempPath(), "caaa-bench", Guid.NewGuid().ToString("N"));
        Url = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(port);
    }

    public string StoreDirectory { get; }

    public Uri Url { get; }

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging:LogLevel:Default"] = "Error",
        ["annotations:enabled"] = "false",
        ["queue:workers"] = "2",
        ["evidence:signals:0:signal"] = "load",
        ["evidence:signals:0:query"] = Query("bench_load"),
        ["evidence:signals:1:signal"] = "errors",
        ["evidence:signals:1:query"] = Query("bench_errors"),
        ["evidence:signals:2:signal"] = "latency",
        ["evidence:signals:2:query"] = Query("bench_latency"),
        ["evidence:signals:3:signal"] = "cpu",
        ["evidence:signals:3:query"] = Query("bench_cpu"),
        ["evidence:signals:4:signal"] = "memory",
        ["evidence:signals:4:query"] = Query("bench_memory"),
    };

    /// <summary>HTTP calls the shared range-query cache let through to Prometheus.</summary>
    public long PrometheusFetches => Services.GetService<RangeQueryCache>()?.FetchCount ?? 0;

    public Task<int> BacklogAsync() => Services.GetRequiredService<IncidentStore>().CountBacklogAsync(default);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(StoreDirectory);
        builder.UseEnvironment("Production");

        // The sidecar serves no files; the output folder spares the solution-relative content-root search.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>(Settings)
            {
                ["store:path"] = Path.Combine(StoreDirectory, "caaa.db"),
            }));
        builder.ConfigureTestServices(Replace);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(StoreDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned by the OS.
        }
    }

    private void Replace(IServiceCollection services)
    {
        if (_prometheus is not null)
        {
            services.RemoveAll<IPrometheusClient>();
            services.AddCaaaPrometheus(options => options.BaseUrl = _prometheus);
        }

        if (_model is not null)
        {
            var attributor = new ModelAttributor(_model);
            services.RemoveAll<IIncidentAttributor>();
            services.RemoveAll<IModelState>();
            services.AddSingleton<IIncidentAttributor>(attributor);
            services.AddSingleton<IModelState>(attributor);
        }
    }

    private static string Query(string metric) => $"sum by (service) ({metric}{{namespace=\"{{{{namespace}}}}\"}})";
}
