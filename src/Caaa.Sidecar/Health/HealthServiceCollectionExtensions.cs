using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Caaa.Sidecar.Health;

internal static class HealthServiceCollectionExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddCaaaHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ModelHealthCheck>("model", tags: [Ready])
            .AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return services;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: model loaded and store writable, else 503.</summary>
    public static IEndpointRouteBuilder MapCaaaHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}
