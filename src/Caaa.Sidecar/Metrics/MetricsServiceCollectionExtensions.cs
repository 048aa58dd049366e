using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace Caaa.Sidecar.Metrics;

internal static class MetricsServiceCollectionExtensions
{
    /// <summary>Registers a registry of our own (tests replace it with a fresh one) and the contract metrics.</summary>
    public static IServiceCollection AddCaaaMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        services.TryAddSingleton<CaaaMetrics>();
        services.TryAddSingleton<ActiveAttributionGauges>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BuildInfoPublisher>());
        return services;
    }

    public static IEndpointRouteBuilder MapCaaaMetrics(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.ServiceProvider.GetRequiredService<CollectorRegistry>();
        // The active-attribution gauges are read from the store at scrape time: one query per scrape, however
        // many incidents a storm completes, and never a scrape that lags the store.
        var gauges = endpoints.ServiceProvider.GetRequiredService<ActiveAttributionGauges>();
        registry.AddBeforeCollectCallback(gauges.RefreshAsync);
        endpoints.MapMetrics("/metrics", registry);
        return endpoints;
    }
}
