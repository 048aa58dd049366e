using Caaa.Sidecar.Api;
using Caaa.Sidecar.Health;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;
using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Wiring;

/// <summary>Builds the sidecar; used by Program and by whatever hosts it in-process (replay, tests).</summary>
internal static class SidecarApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCaaaConfiguration(args);
        builder.Configuration.ThrowIfUnknownKeys();
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
