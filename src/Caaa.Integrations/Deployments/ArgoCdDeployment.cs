namespace Caaa.Integrations.Deployments;

/// <summary>One Argo CD sync, with the git commit and chart version it deployed (either may be unknown).</summary>
internal sealed record ArgoCdDeployment(
    long Id,
    DateTimeOffset DeployedAt,
    DateTimeOffset? StartedAt,
    string? GitRevision,
    string? ChartVersion)
{
    /// <summary>Null when Argo CD did not record the start (entries from old versions).</summary>
    public TimeSpan? Duration => StartedAt is { } started ? DeployedAt - started : null;
}
