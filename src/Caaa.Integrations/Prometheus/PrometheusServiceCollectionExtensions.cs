using Caaa.Integrations.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Caaa.Integrations.Prometheus;

public static class PrometheusServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPrometheusClient"/> bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddCaaaPrometheus(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<PrometheusOptions>? configure = null) =>
        services.AddCaaaPrometheusCore(configuration, configure);

    /// <summary>Registers <see cref="IPrometheusClient"/> configured in code.</summary>
    public static IServiceCollection AddCaaaPrometheus(
        this IServiceCollection services,
        Action<PrometheusOptions> configure) =>
        services.AddCaaaPrometheusCore(null, configure);

    private static IServiceCollection AddCaaaPrometheusCore(
        this IServiceCollection services,
        IConfiguration? configuration,
        Action<PrometheusOptions>? configure)
    {
        services.AddUpstreamOptions(PrometheusOptions.Section, configuration, configure);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PrometheusOptions>>().Value;
            return new RangeQueryCache(
                provider.GetRequiredService<TimeProvider>(), options.CacheTtl, options.CacheCapacity);
        });
        services.TryAddTransient<IPrometheusClient, PrometheusClient>();

        // A range query is read-only, so even its form POST may be replayed.
        var decision = new RetryDecision(PrometheusErrorClassifier.ClassifyAsync, _ => true);
        var client = services.TryAddUpstreamClient<IPrometheusApi, PrometheusOptions>(
            UpstreamNames.Prometheus, new RefitSettings(), BaseAddress, decision);
        client?.AddHttpMessageHandler(provider =>
            provider.GetRequiredService<IOptions<PrometheusOptions>>().Value.TenantId is { Length: > 0 } tenant
                ? new TenantHeaderHandler(tenant)
                : new PassThroughHandler());
        return services;
    }

    /// <summary>Refit appends each route to the base address's path, so the prefix goes there.</summary>
    private static Uri BaseAddress(PrometheusOptions options)
    {
        var root = options.BaseUrl!.AbsoluteUri.TrimEnd('/');
        var prefix = options.PathPrefix?.Trim().TrimEnd('/') ?? "";
        return new Uri(root + prefix + "/");
    }
}
