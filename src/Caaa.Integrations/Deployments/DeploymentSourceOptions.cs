namespace Caaa.Integrations.Deployments;

/// <summary>One deployment system (<c>ContextSources:Deployments:ArgoCd|GitHub|GitLab[i]</c>).</summary>
internal sealed class DeploymentSourceOptions
{
    /// <summary>Short name for logs, metrics and the events' <c>Source</c>. Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// The API root: the Argo CD server, <c>https://api.github.com</c> (or GitHub Enterprise
    /// <c>https://host/api/v3</c>), or the GitLab server. Required.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>File holding the API token, read on every call. Default value: none (anonymous).</summary>
    public string? TokenFile { get; set; }

    /// <summary>What is deployed and which services it changes. Required, at least one.</summary>
    public List<DeploymentTarget> Targets { get; set; } = [];

    /// <summary>Pages read per target and query at most (GitHub, GitLab). Default value: 10.</summary>
    public int MaxPages { get; set; } = 10;

    public IEnumerable<string> Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{key}:Name is required.";
        }

        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https"))
        {
            yield return $"{key}:BaseUrl must be an absolute http(s) address.";
        }

        if (Targets.Count == 0)
        {
            yield return $"{key}:Targets needs at least one entry.";
        }

        for (var i = 0; i < Targets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Targets[i].Name))
            {
                yield return $"{key}:Targets:{i}:Name is required.";
            }
        }

        if (MaxPages <= 0)
        {
            yield return $"{key}:MaxPages must be positive.";
        }
    }

    public void ThrowIfInvalid(string key)
    {
        var errors = Validate(key).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }

    /// <summary>An API path below <see cref="BaseUrl"/>, keeping any path prefix it has.</summary>
    public Uri Resolve(string relative) => new($"{BaseUrl!.AbsoluteUri.TrimEnd('/')}/{relative}");
}
