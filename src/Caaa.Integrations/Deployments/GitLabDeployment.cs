namespace Caaa.Integrations.Deployments;

/// <summary>An item of <c>GET /api/v4/projects/{id}/deployments</c>.</summary>
internal sealed record GitLabDeployment(
    long Id,
    string? Ref,
    string? Sha,
    string? Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? FinishedAt,
    GitLabDeployable? Deployable);
