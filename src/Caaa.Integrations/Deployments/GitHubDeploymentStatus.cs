namespace Caaa.Integrations.Deployments;

/// <summary>An item of <c>GET /repos/{owner}/{repo}/deployments/{id}/statuses</c>, newest first.</summary>
internal sealed record GitHubDeploymentStatus(long Id, string? State, DateTimeOffset CreatedAt);
