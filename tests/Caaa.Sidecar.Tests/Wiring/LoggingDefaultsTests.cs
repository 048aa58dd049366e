using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Evidence;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Tests.Support;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Caaa.Sidecar.Tests.Wiring;

public sealed class LoggingDefaultsTests
{
    [Fact]
    public async Task Logging_Defaults_NoRequestLinesButDecisionsAtInformation()
    {
        await using var factory = new SidecarFactory();
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();
        await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");

        Assert.DoesNotContain(factory.Logs.Entries, e => IsAspNetCore(e.Category) && e.Level < LogLevel.Warning);
        Assert.Contains(factory.Logs.Entries,
            e => e.Category == typeof(IncidentEvaluator).FullName && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task Logging_ConfiguredAspNetCoreLevel_WinsOverTheDefault()
    {
        await using var factory = new SidecarFactory();
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
        using var client = factory.CreateClient();

        await client.GetFromJsonAsync<JsonObject>("/api/v1/attributions");

        Assert.Contains(factory.Logs.Entries, e => IsAspNetCore(e.Category) && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task Logging_UnreachablePrometheus_OneCaaaLinePerQueryAndNoHttpOrPollyNoise()
    {
        await using var factory = new SidecarFactory
        {
            // The real client, as prometheus.baseUrl registers it, against a port nothing listens on.
            ConfigureServices = services => services.RemoveAll<IPrometheusClient>().AddCaaaPrometheus(options =>
            {
                options.BaseUrl = new Uri("http://127.0.0.1:1");
                options.MaxRetryAttempts = 0;
            }),
        };
        factory.Settings["queue:maxAttempts"] = "1";
        using var client = factory.CreateClient();

        (await client.PostWebhookAsync(Payloads.Firing())).EnsureSuccessStatusCode();
        await factory.WaitForIdleAsync();

        Assert.DoesNotContain(factory.Logs.Entries, e => IsHttpOrPolly(e.Category) && e.Level < LogLevel.Warning);
        var failure = Assert.Single(factory.Logs.Entries, e => e.Category == typeof(MetricEvidenceCollector).FullName
            && e.Level == LogLevel.Warning);
        Assert.StartsWith("Prometheus query for load failed (Unavailable)", failure.Text, StringComparison.Ordinal);
        Assert.Null(failure.Exception);
    }

    [Theory]
    [InlineData("System.Net.Http.HttpClient.caaa-prometheus.LogicalHandler")]
    [InlineData("Polly")]
    public async Task Logging_HttpClientAndPolly_WarningByDefaultButConfigurable(string category)
    {
        await using var quiet = new SidecarFactory();
        await using var verbose = new SidecarFactory();
        verbose.Settings[$"Logging:LogLevel:{category.Split(".caaa")[0]}"] = "Debug";

        var quietLogger = quiet.Get<ILoggerFactory>().CreateLogger(category);
        var verboseLogger = verbose.Get<ILoggerFactory>().CreateLogger(category);

        Assert.False(quietLogger.IsEnabled(LogLevel.Information));
        Assert.True(quietLogger.IsEnabled(LogLevel.Warning));
        Assert.True(verboseLogger.IsEnabled(LogLevel.Debug));
    }

    private static bool IsHttpOrPolly(string category) =>
        category.StartsWith("System.Net.Http", StringComparison.Ordinal)
        || category.StartsWith("Polly", StringComparison.Ordinal);

    private static bool IsAspNetCore(string category) =>
        category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);
}
