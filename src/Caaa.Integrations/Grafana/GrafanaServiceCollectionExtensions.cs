using Caaa.Integrations.Grafana.Wire;
using Caaa.Integrations.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Caaa.Integrations.Grafana;

public static class GrafanaServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IAnnotationClient"/> and <see cref="IAnnotationLookup"/> bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddCaaaGrafana(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<GrafanaOptions>? configure = null) =>
        services.AddCaaaGrafanaCore(configuration, configure);

    /// <summary>Registers <see cref="IAnnotationClient"/> and <see cref="IAnnotationLookup"/> configured in code.</summary>
    public static IServiceCollection AddCaaaGrafana(this IServiceCollection services, Action<GrafanaOptions> configure) =>
        services.AddCaaaGrafanaCore(null, configure);

    private static IServiceCollection AddCaaaGrafanaCore(
        this IServiceCollection services,
        IConfiguration? configuration,
        Action<GrafanaOptions>? configure)
    {
        services.AddUpstreamOptions(GrafanaOptions.Section, configuration, configure);
        services.TryAddTransient<AnnotationClient>();
        services.TryAddTransient<IAnnotationClient>(provider => provider.GetRequiredService<AnnotationClient>());
        services.TryAddTransient<IAnnotationLookup>(provider => provider.GetRequiredService<AnnotationClient>());

        // A second POST would draw a second annotation; only PATCH and GET are replayed.
        var decision = new RetryDecision(GrafanaErrorClassifier.ClassifyAsync, RetryDecision.IsReplayableByMethod);
        var settings = RefitSettings.ForJsonContext(GrafanaJsonContext.Wire);
        services.TryAddUpstreamClient<IGrafanaApi, GrafanaOptions>(
            UpstreamNames.Grafana, settings, o => UpstreamRegistration.WithTrailingSlash(o.BaseUrl!), decision);
        return services;
    }
}
