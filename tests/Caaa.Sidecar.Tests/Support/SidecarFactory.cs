using System.Globalization;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Evidence;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Prometheus;

namespace Caaa.Sidecar.Tests.Support;

/// <summary>The sidecar in memory with fakes for every port, its own store file, registry and clock.</summary>
internal sealed class SidecarFactory : WebApplicationFactory<Program>
{
    public SidecarFactory(string? storePath = null, DateTimeOffset? now = null)
    {
        StorePath = storePath ?? NewStorePath();
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 10, 3, 0, TimeSpan.Zero));
        Silences = new FakeSilenceClient(Time);
        Settings["evidence:signals:0:signal"] = "load";
        Settings["evidence:signals:0:query"] =
            "sum by (service) (rate(http_requests_total{alertname=\"{{alertname}}\"}[1m]))";
    }

    public string StorePath { get; }

    public FakeTimeProvider Time { get; }

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FakePrometheusClient Prometheus { get; } = new();

    public FakeContextProvider Context { get; } = new();

    public FakeAttributor Attributor { get; } = new();

    public FakeSilenceClient Silences { get; }

    public FakeAnnotationClient Annotations { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public CollectorRegistry Registry { get; } = global::Prometheus.Metrics.NewCustomRegistry();

    /// <summary>Runs after the fakes are in place: a test's own registrations (a real client, say).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public bool RunWorker { get; set; } = true;

    public bool RunWatcher { get; set; }

    /// <summary>False leaves the sidecar's own stand-in, as when <c>prometheus.baseUrl</c> is not set.</summary>
    public bool PrometheusConfigured { get; set; } = true;

    /// <summary>False leaves the sidecar's own stand-in, as when <c>grafana.baseUrl</c> is not set.</summary>
    public bool GrafanaConfigured { get; set; } = true;

    /// <summary>False leaves the sidecar's own stand-in, as when <c>alertmanager.baseUrl</c> is not set.</summary>
    public bool AlertmanagerConfigured { get; set; } = true;

    public static string NewStorePath() =>
        Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N"), "caaa.db");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Rows in a store table, read from the SQLite file itself; 0 before the store exists.</summary>
    public long CountRows(string table)
    {
        if (!File.Exists(StorePath))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of a query on the SQLite file itself, as invariant text.</summary>
    public IReadOnlyList<string> QueryStrings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }

    /// <summary>Waits until no incident is pending or processing (the worker drained the store).</summary>
    public async Task WaitForIdleAsync()
    {
        var incidents = Get<IncidentStore>();
        for (var i = 0; i < 500; i++)
        {
            if (await incidents.CountBacklogAsync(CancellationToken.None) == 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The worker did not drain the store.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>(Settings)
            {
                ["store:path"] = StorePath,
            }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(ReplacePorts);
    }

    private void ReplacePorts(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Registry);
        if (PrometheusConfigured)
        {
            services.AddSingleton<IPrometheusClient>(Prometheus);
        }

        services.AddSingleton<IContextProvider>(Context);
        services.AddSingleton<IIncidentAttributor>(Attributor);
        services.AddSingleton<IModelState>(Attributor);
        if (AlertmanagerConfigured)
        {
            services.AddSingleton<ISilenceClient>(Silences);
        }

        if (GrafanaConfigured)
        {
            services.AddSingleton<IAnnotationClient>(Annotations);
        }

        if (!RunWorker)
        {
            RemoveHostedService<IncidentWorker>(services);
        }

        if (!RunWatcher)
        {
            RemoveHostedService<SilenceWatcher>(services);
        }

        ConfigureServices?.Invoke(services);
    }

    private static void RemoveHostedService<T>(IServiceCollection services)
    {
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)
            && (d.ImplementationType == typeof(T) || d.ImplementationFactory?.GetType().GenericTypeArguments
                .Contains(typeof(T)) == true)).ToArray();
        foreach (var descriptor in hosted)
        {
            services.Remove(descriptor);
        }
    }
}
