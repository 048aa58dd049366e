using Caaa.Integrations.Grafana;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Sidecar.Publishing;

internal static class PublishingServiceCollectionExtensions
{
    /// <summary>Grafana annotations; a stand-in client until the integrations register one.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.TryAddSingleton<IAnnotationClient, UnconfiguredAnnotationClient>();
        services.TryAddSingleton<AnnotationPublisher>();
        return services;
    }
}
