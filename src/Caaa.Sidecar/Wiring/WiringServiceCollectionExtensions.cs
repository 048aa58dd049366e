using Caaa.Integrations;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Context;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Sidecar.Wiring;

internal static class WiringServiceCollectionExtensions
{
    /// <summary>
    /// The real model and upstream clients. An upstream whose <c>baseUrl</c> is not configured keeps
    /// its stand-in (Prometheus: every alert UNKNOWN; Alertmanager: no silences; Grafana: no annotations).
    /// </summary>
    public static IServiceCollection AddCaaaWiring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ModelAttributor>();
        services.AddSingleton<IIncidentAttributor>(sp => sp.GetRequiredService<ModelAttributor>());
        services.AddSingleton<IModelState>(sp => sp.GetRequiredService<ModelAttributor>());
        services.AddSingleton<IUpstreamObserver, MetricsUpstreamObserver>();

        if (IsConfigured(configuration, PrometheusOptions.Section))
        {
            services.AddCaaaPrometheus(configuration.GetSection(PrometheusOptions.Section));
        }

        if (IsConfigured(configuration, AlertmanagerOptions.Section))
        {
            services.AddCaaaAlertmanager(configuration.GetSection(AlertmanagerOptions.Section));
        }

        if (IsConfigured(configuration, GrafanaOptions.Section))
        {
            services.AddCaaaGrafana(configuration.GetSection(GrafanaOptions.Section));
        }

        var context = configuration.GetSection(ContextSourcesOptions.Section).Get<ContextSourcesOptions>() ?? new();
        if (context.Validate().ToList() is { Count: > 0 } problems)
        {
            throw new ConfigurationException(problems);
        }

        // Pushed events are stored durably by the sidecar and merged by its evidence stage.
        context.PushedEvents.Enabled = false;
        services.AddSingleton<IContextFailureObserver, MetricsContextFailureObserver>();
        services.AddCaaaContextSources(context);
        return services;
    }

    private static bool IsConfigured(IConfiguration configuration, string section) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(section)["BaseUrl"]);
}
