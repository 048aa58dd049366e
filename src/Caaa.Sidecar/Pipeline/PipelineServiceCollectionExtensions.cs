using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Evidence;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Sidecar.Pipeline;

internal static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The evidence → attribution pipeline and its worker. <see cref="IIncidentAttributor"/>,
    /// <see cref="IModelState"/> and <see cref="IContextProvider"/> fall back to stand-ins when nothing
    /// else is registered.
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<UnavailableAttributor>();
        services.TryAddSingleton<IIncidentAttributor>(sp => sp.GetRequiredService<UnavailableAttributor>());
        services.TryAddSingleton<IModelState>(sp => sp.GetRequiredService<UnavailableAttributor>());
        services.TryAddSingleton<IContextProvider, ContextSourcesProvider>();
        services.TryAddSingleton<IPrometheusClient, UnconfiguredPrometheusClient>();
        services.TryAddSingleton<MetricEvidenceCollector>();
        services.TryAddSingleton<EvidenceGatherer>();
        services.TryAddSingleton<IncidentEvaluator>();
        services.TryAddSingleton<IncidentProcessor>();
        services.TryAddSingleton<IncidentQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IncidentWorker>());
        return services;
    }
}
