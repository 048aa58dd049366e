using System.Reflection;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Sidecar.Metrics;

/// <summary>Sets <c>caaa_build_info</c> once the host starts.</summary>
internal sealed class BuildInfoPublisher : IHostedService
{
    private readonly CaaaMetrics _metrics;
    private readonly IModelState _model;

    public BuildInfoPublisher(CaaaMetrics metrics, IModelState model)
    {
        _metrics = metrics;
        _model = model;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = typeof(BuildInfoPublisher).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        _metrics.BuildInfo.WithLabels(version, LabelValueText.Clean(_model.Version)).Set(1);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
