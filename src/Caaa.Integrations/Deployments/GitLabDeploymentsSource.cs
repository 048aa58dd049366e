using System.Globalization;
using Caaa.Core.Context;
using Caaa.Integrations.Context;

namespace Caaa.Integrations.Deployments;

/// <summary>
/// GitLab deployments of the configured projects (<see cref="DeploymentTarget.Name"/> = numeric id or
/// <c>group/project</c>), from <c>GET /api/v4/projects/{id}/deployments?updated_after=…&amp;updated_before=…
/// &amp;order_by=updated_at</c> with the <c>PRIVATE-TOKEN</c> header, paged by <c>X-Next-Page</c> or
/// <c>Link: rel="next"</c>. An event runs from the job's start (else creation) to its finish; a
/// deployment that is not <c>success</c> has no end.
/// </summary>
internal sealed class GitLabDeploymentsSource : IContextSource
{
    private const int PerPage = 100;

    private readonly DeploymentSourceOptions _options;
    private readonly HttpClient _httpClient;

    public GitLabDeploymentsSource(DeploymentSourceOptions options, HttpClient httpClient)
    {
        options.ThrowIfInvalid("Deployments:GitLab");
        _options = options;
        _httpClient = httpClient;
    }

    public string Name => _options.Name;

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
            var deployments = await ListAsync(target, from, to, token, cancellationToken);
            events.AddRange(deployments.Select(d => ToContextEvent(target, d)));
        }

        return [.. events.Where(e => ContextWindow.Overlaps(e, from, to)).OrderBy(e => e.Start)];
    }

    private async Task<List<GitLabDeployment>> ListAsync(
        DeploymentTarget target,
        DateTimeOffset from,
        DateTimeOffset to,
        string? token,
        CancellationToken cancellationToken)
    {
        var query = $"updated_after={Iso(from)}&updated_before={Iso(to)}&order_by=updated_at&sort=asc"
            + $"&per_page={PerPage}"
            + (target.Environment is null ? string.Empty : $"&environment={Uri.EscapeDataString(target.Environment)}");
        var first = _options.Resolve($"api/v4/projects/{Uri.EscapeDataString(target.Name)}/deployments?{query}");
        Uri? next = first;
        var all = new List<GitLabDeployment>();
        for (var pages = 0; next is not null && pages < _options.MaxPages; pages++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            if (token is not null)
            {
                request.Headers.Add("PRIVATE-TOKEN", token);
            }

            using var response = await ContextHttp.SendAsync(
                _httpClient, request, ContextUpstreams.Deployments, Name, cancellationToken);
            all.AddRange(await ContextHttp.ReadJsonAsync<List<GitLabDeployment>>(
                response, ContextUpstreams.Deployments, Name, cancellationToken, ContextHttp.SnakeCaseJson));
            next = NextPage(response, first);
        }

        return all;
    }

    private Uri? NextPage(HttpResponseMessage response, Uri first)
    {
        if (response.Headers.TryGetValues("X-Next-Page", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return new Uri($"{first.AbsoluteUri}&page={page.ToString(CultureInfo.InvariantCulture)}");
        }

        var next = LinkHeader.Next(response);
        if (next is null || LinkHeader.IsSameOrigin(next, _options.BaseUrl!))
        {
            return next;
        }

        throw UpstreamErrors.Invalid(
            ContextUpstreams.Deployments, Name, $"the next page '{next}' is not on {_options.BaseUrl}; not followed.");
    }

    private ContextEvent ToContextEvent(DeploymentTarget target, GitLabDeployment deployment)
    {
        var start = deployment.Deployable?.StartedAt ?? deployment.CreatedAt;
        var succeeded = string.Equals(deployment.Status, "success", StringComparison.OrdinalIgnoreCase);
        var finished = succeeded ? deployment.FinishedAt ?? deployment.Deployable?.FinishedAt : null;
        return new ContextEvent(
            ContextEventKind.Deployment,
            DeploymentNames.Describe(target.Name.Split('/')[^1], deployment.Ref ?? deployment.Sha),
            start,
            finished < start ? start : finished,
            target.Services,
            Name);
    }

    private static string Iso(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
