using System.Globalization;
using Caaa.Core.Context;
using Caaa.Integrations.Context;

namespace Caaa.Integrations.Deployments;

/// <summary>
/// GitHub deployments of the configured repositories (<see cref="DeploymentTarget.Name"/> = <c>owner/repo</c>).
/// Lists newest first with <c>per_page=100</c> (GitHub's cap; more is silently cut to 100) and follows
/// <c>Link: rel="next"</c> until there is none, the page is older than the window, or
/// <see cref="DeploymentSourceOptions.MaxPages"/> is reached. An event starts when the deployment was
/// created and ends at its first <c>success</c> status (no end while none exists). The name uses the
/// REST <c>ref</c>, falling back to the commit SHA.
/// </summary>
internal sealed class GitHubDeploymentsSource : IContextSource
{
    public const int PerPage = 100;

    private readonly DeploymentSourceOptions _options;
    private readonly HttpClient _httpClient;

    public GitHubDeploymentsSource(DeploymentSourceOptions options, HttpClient httpClient)
    {
        options.ThrowIfInvalid("Deployments:GitHub");
        _options = options;
        _httpClient = httpClient;
    }

    public string Name => _options.Name;

    /// <summary>Pages fetched by the last <see cref="ListAsync"/> (for tests and debugging).</summary>
    public int LastPagesFetched { get; private set; }

    public async Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var token = await ContextHttp.ReadTokenAsync(
            _options.TokenFile, ContextUpstreams.Deployments, Name, cancellationToken);
        var events = new List<ContextEvent>();
        foreach (var target in _options.Targets)
        {
            var deployments = await ListAsync(target, from, token, cancellationToken);
            foreach (var deployment in deployments.Where(d => d.CreatedAt < to))
            {
                var finished = await FirstSuccessAsync(target, deployment, token, cancellationToken);
                events.Add(new ContextEvent(
                    ContextEventKind.Deployment,
                    DeploymentNames.Describe(RepositoryName(target), deployment.Ref ?? deployment.Sha),
                    deployment.CreatedAt,
                    finished,
                    target.Services,
                    Name));
            }
        }

        return [.. events.Where(e => ContextWindow.Overlaps(e, from, to)).OrderBy(e => e.Start)];
    }

    /// <summary>The deployments of one repository created at or after <paramref name="since"/> (whole pages).</summary>
    public async Task<IReadOnlyList<GitHubDeployment>> ListAsync(
        DeploymentTarget target,
        DateTimeOffset since,
        string? token,
        CancellationToken cancellationToken)
    {
        var query = $"per_page={PerPage}"
            + (target.Environment is null ? string.Empty : $"&environment={Uri.EscapeDataString(target.Environment)}");
        Uri? next = _options.Resolve($"repos/{RepositoryPath(target)}/deployments?{query}");
        var all = new List<GitHubDeployment>();
        LastPagesFetched = 0;
        while (next is not null && LastPagesFetched < _options.MaxPages)
        {
            using var response = await GetAsync(next, token, cancellationToken);
            var page = await ContextHttp.ReadJsonAsync<List<GitHubDeployment>>(
                response, ContextUpstreams.Deployments, Name, cancellationToken, ContextHttp.SnakeCaseJson);
            LastPagesFetched++;
            all.AddRange(page);

            // Newest first: once a page reaches back before the window, later pages are older still.
            next = page.Count > 0 && page.Min(d => d.CreatedAt) < since ? null : NextPage(response);
        }

        return all;
    }

    private async Task<DateTimeOffset?> FirstSuccessAsync(
        DeploymentTarget target,
        GitHubDeployment deployment,
        string? token,
        CancellationToken cancellationToken)
    {
        var uri = _options.Resolve(
            $"repos/{RepositoryPath(target)}/deployments/{deployment.Id.ToString(CultureInfo.InvariantCulture)}"
            + $"/statuses?per_page={PerPage}");
        using var response = await GetAsync(uri, token, cancellationToken);
        var statuses = await ContextHttp.ReadJsonAsync<List<GitHubDeploymentStatus>>(
            response, ContextUpstreams.Deployments, Name, cancellationToken, ContextHttp.SnakeCaseJson);
        return statuses
            .Where(s => string.Equals(s.State, "success", StringComparison.OrdinalIgnoreCase))
            .Select(s => (DateTimeOffset?)s.CreatedAt)
            .Min();
    }

    private async Task<HttpResponseMessage> GetAsync(Uri uri, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.UserAgent.ParseAdd("caaa-sidecar");
        ContextHttp.SetBearer(request, token);
        return await ContextHttp.SendAsync(_httpClient, request, ContextUpstreams.Deployments, Name, cancellationToken);
    }

    private Uri? NextPage(HttpResponseMessage response)
    {
        var next = LinkHeader.Next(response);
        if (next is null || LinkHeader.IsSameOrigin(next, _options.BaseUrl!))
        {
            return next;
        }

        throw UpstreamErrors.Invalid(
            ContextUpstreams.Deployments, Name, $"the next page '{next}' is not on {_options.BaseUrl}; not followed.");
    }

    private static string RepositoryName(DeploymentTarget target) => target.Name.Split('/')[^1];

    private static string RepositoryPath(DeploymentTarget target) =>
        string.Join('/', target.Name.Split('/').Select(Uri.EscapeDataString));
}
