using Caaa.Integrations.Alertmanager;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Sidecar.Silencing;

internal static class SilencingServiceCollectionExtensions
{
    public static IServiceCollection AddSilencing(this IServiceCollection services)
    {
        services.TryAddSingleton<ISilenceClient, UnconfiguredSilenceClient>();
        services.TryAddSingleton<SilenceManager>();
        services.TryAddSingleton<SilenceDriftCheck>();
        services.TryAddSingleton<OrphanedSilences>();
        services.TryAddSingleton<SilenceWatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SilenceWatcher>(
            sp => sp.GetRequiredService<SilenceWatcher>()));
        return services;
    }
}
