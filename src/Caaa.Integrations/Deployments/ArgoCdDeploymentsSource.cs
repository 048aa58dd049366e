using Caaa.Core.Context;
using Caaa.Integrations.Context;

namespace Caaa.Integrations.Deployments;

/// <summary>
/// Syncs of Argo CD applications from <c>GET /api/v1/applications/{name}</c> (bearer token).
/// An event runs from <c>deployStartedAt</c> to <c>deployedAt</c>; without a recorded start it is the
/// instant <c>deployedAt</c> with no end.
/// </summary>
internal sealed class ArgoCdDeploymentsSource : IContextSource
{
    private readonly DeploymentSourceOptions _options;
    private readonly HttpClient _httpClient;

    public ArgoCdDeploymentsSource(DeploymentSourceOptions options, HttpClient httpClient)
    {
        options.ThrowIfInvalid("Deployments:ArgoCd");
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
        var perTarget = await Task.WhenAll(_options.Targets.Select(t => ReadAsync(t, token, cancellationToken)));

        return [.. perTarget
            .SelectMany(events => events)
            .Where(e => ContextWindow.Overlaps(e, from, to))
            .OrderBy(e => e.Start)];
    }

    /// <summary>Every recorded sync of one application, oldest first.</summary>
    public async Task<IReadOnlyList<ArgoCdDeployment>> GetHistoryAsync(
        string application,
        string? token,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, _options.Resolve($"api/v1/applications/{Uri.EscapeDataString(application)}"));
        ContextHttp.SetBearer(request, token);

        using var response = await ContextHttp.SendAsync(
            _httpClient, request, ContextUpstreams.Deployments, Name, cancellationToken);
        var body = await ContextHttp.ReadJsonAsync<ArgoCdApplication>(
            response, ContextUpstreams.Deployments, Name, cancellationToken);
        try
        {
            return ArgoCdHistory.Read(body);
        }
        catch (FormatException exception)
        {
            throw UpstreamErrors.Invalid(
                ContextUpstreams.Deployments, Name, $"{application}: {exception.Message}", exception);
        }
    }

    private async Task<IEnumerable<ContextEvent>> ReadAsync(
        DeploymentTarget target,
        string? token,
        CancellationToken cancellationToken)
    {
        var history = await GetHistoryAsync(target.Name, token, cancellationToken);
        return history.Select(d => new ContextEvent(
            ContextEventKind.Deployment,
            DeploymentNames.Describe(target.Name, d.GitRevision, d.ChartVersion),
            d.StartedAt ?? d.DeployedAt,
            d.StartedAt is null ? null : d.DeployedAt,
            target.Services,
            Name));
    }
}
