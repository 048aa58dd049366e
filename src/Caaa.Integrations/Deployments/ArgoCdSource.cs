using System.Text.Json.Serialization;

namespace Caaa.Integrations.Deployments;

/// <summary>An application source: a Helm chart when <see cref="Chart"/> is set, a git repository otherwise.</summary>
internal sealed record ArgoCdSource(
    [property: JsonPropertyName("repoURL")] string? RepoUrl,
    string? Chart,
    string? Path)
{
    public bool IsChart => !string.IsNullOrEmpty(Chart);
}
