using Caaa.Sidecar.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Caaa.Sidecar.Health;

internal sealed class StoreHealthCheck : IHealthCheck
{
    private readonly StoreHealth _store;

    public StoreHealthCheck(StoreHealth store)
    {
        _store = store;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            var version = await _store.CheckWritableAsync(cancellationToken);
            return HealthCheckResult.Healthy($"store writable, schema version {version}");
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("the store is not writable: " + exception.Message);
        }
    }
}
