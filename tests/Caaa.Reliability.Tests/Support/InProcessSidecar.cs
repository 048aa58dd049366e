using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Prometheus;

namespace Caaa.Reliability.Tests.Support;

/// <summary>
/// The real sidecar in memory (real store, real upstream clients when their baseUrl is set), with a
/// fresh registry, captured logs, a test attributor and optionally a fake clock.
/// </summary>
internal sealed class InProcessSidecar : WebApplicationFactory<Program>
{
    public InProcessSidecar(FakeTimeProvider? clock = null)
    {
        Clock = clock;
        StorePath = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N"), "caaa.db");
        Settings["evidence:signals:0:signal"] = "load";
        Settings["evidence:signals:0:query"] = "sum by (service) (rate(http_requests_total{service=\"{{service}}\"}[1m]))";
    }

    public string StorePath { get; }

    public FakeTimeProvider? Clock { get; }

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TestAttributor Attributor { get; } = new();

    /// <summary>When true the real model attributor (model.path) decides instead of <see cref="Attributor"/>.</summary>
    public bool UseRealModel { get; set; }

    public CapturedLogs Logs { get; } = new();

    public CollectorRegistry Registry { get; } = global::Prometheus.Metrics.NewCustomRegistry();

    /// <summary>Rows of a store table, read straight from the SQLite file; 0 when the store was never created.</summary>
    public long Count(string sql)
    {
        if (!File.Exists(StorePath) || !TableExists("incidents"))
        {
            return 0;
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool TableExists(string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{table}'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Waits until the worker drained the store; counts polls, not time, so a stuck worker fails.</summary>
    public async Task WaitForIdleAsync(int polls = 3000)
    {
        var incidents = Get<IncidentStore>();
        for (var i = 0; i < polls; i++)
        {
            if (await incidents.CountBacklogAsync(CancellationToken.None) == 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException("The worker did not drain the store.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Host settings reach the configuration before services are registered, which decides whether the
        // real upstream clients are wired (an app-configuration source would come too late for that).
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>(Settings)
            {
                ["store:path"] = StorePath,
            }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            services.AddSingleton(Registry);
            if (!UseRealModel)
            {
                services.AddSingleton<IIncidentAttributor>(Attributor);
                services.AddSingleton<IModelState>(Attributor);
            }
        });
    }
}
