using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Sidecar.Store;

internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddStore(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<IncidentStore>();
        services.TryAddSingleton<AttributionStore>();
        services.TryAddSingleton<FeedbackStore>();
        services.TryAddSingleton<EventStore>();
        services.TryAddSingleton<StoreHealth>();
        return services;
    }
}
