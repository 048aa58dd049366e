using Caaa.Sidecar.Api;
using Caaa.Sidecar.Health;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;
using Microsoft.Extensions.Configuration.Memory;

namespace Caaa.Sidecar.Wiring;

/// <summary>Builds the sidecar; used by Program and by whatever hosts it in-process (replay, tests).</summary>
internal static class SidecarApp
{
    /// <summary>
    /// Defaults below every other source, so a config file or <c>Logging__LogLevel__…</c> still wins:
    /// ASP.NET Core's per-request lines would otherwise drown CAAA's own decision log at Information, and so
    /// would HttpClient's per-request lines and Polly's stack trace for every retry while an upstream is down
    /// (CAAA logs one line per failed upstream call itself and counts it in caaa_upstream_failures_total).
    /// </summary>
    private static readonly Dictionary<string, string?> LoggingDefaults = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LoggingDefaults });
        builder.Configuration.AddCaaaConfiguration(args);
        ConfigurationCheck.ThrowIfInvalid(builder.Configuration);
        builder.Services
            .AddCaaaWiring(builder.Configuration)
            .AddCaaaOptions().AddCaaaMetrics().AddStore().AddWebhook().AddPipeline()
            .AddPublishing().AddSilencing().AddApi().AddCaaaHealth();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapCaaaHealth();
        app.MapCaaaMetrics();
        app.MapCaaaApis();
        return app;
    }
}
