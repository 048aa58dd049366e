namespace Caaa.Integrations.Deployments;

/// <summary>
/// One thing that is deployed (Argo CD application, GitHub repository, GitLab project) and the
/// services a deployment of it changes.
/// </summary>
internal sealed class DeploymentTarget
{
    /// <summary>Argo CD application name, GitHub <c>owner/repo</c>, or GitLab project id or path. Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Only deployments to this environment (GitHub, GitLab). Default value: every environment.</summary>
    public string? Environment { get; set; }

    /// <summary>Services the deployment changes; empty means every service. Default value: empty.</summary>
    public List<string> Services { get; set; } = [];
}
