using Caaa.Sidecar.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Caaa.Sidecar.Health;

internal sealed class ModelHealthCheck : IHealthCheck
{
    private readonly IModelState _model;

    public ModelHealthCheck(IModelState model)
    {
        _model = model;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(_model.IsLoaded
            ? HealthCheckResult.Healthy($"model {_model.Version} loaded")
            : HealthCheckResult.Unhealthy("no attribution model is loaded (model.path)"));
}
