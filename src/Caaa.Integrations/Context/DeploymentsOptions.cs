using Caaa.Integrations.Deployments;

namespace Caaa.Integrations.Context;

/// <summary><c>ContextSources:Deployments</c>: the deployment systems to ask. Default value: none.</summary>
internal sealed class DeploymentsOptions
{
    public List<DeploymentSourceOptions> ArgoCd { get; set; } = [];

    public List<DeploymentSourceOptions> GitHub { get; set; } = [];

    public List<DeploymentSourceOptions> GitLab { get; set; } = [];
}
