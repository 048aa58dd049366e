namespace Caaa.Integrations.Deployments;

/// <summary>The CI job that ran a GitLab deployment; its times are the best record of when it ran.</summary>
internal sealed record GitLabDeployable(DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);
