using System.Text.RegularExpressions;
using Caaa.Integrations.Alertmanager;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// Finds CAAA's silences that Alertmanager holds active but this sidecar does not track: created just before
/// a crash, before the store recorded them. Nobody would re-check or take back such a silence, so a fault
/// could stay hidden under it until its end; it is expired. Only silences whose attribution is in this
/// sidecar's own store are touched: another replica's silences are its own business.
/// </summary>
internal sealed partial class OrphanedSilences
{
    /// <summary>A silence younger than this may be one the worker is recording right now.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private readonly ISilenceClient _client;
    private readonly AttributionStore _attributions;
    private readonly IncidentStore _incidents;
    private readonly CaaaMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OrphanedSilences> _logger;

    public OrphanedSilences(
        ISilenceClient client,
        AttributionStore attributions,
        IncidentStore incidents,
        CaaaMetrics metrics,
        TimeProvider timeProvider,
        ILogger<OrphanedSilences> logger)
    {
        _client = client;
        _attributions = attributions;
        _incidents = incidents;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Expires every orphaned silence; returns how many. A failing Alertmanager is logged, never thrown.
    /// </summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ExpireOrphansAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SilencingLog.OrphanSweepFailed(_logger, exception.Message);
            return 0;
        }
    }

    private async Task<int> ExpireOrphansAsync(CancellationToken cancellationToken)
    {
        var settled = _timeProvider.GetUtcNow() - Grace;
        var expired = 0;
        foreach (var silence in (await _client.ListAsync(cancellationToken)).Where(s => s.State == "active"
                     && s.CreatedBy == SilenceManager.CreatedBy && s.StartsAt <= settled))
        {
            if (await OrphanedAttributionAsync(silence, cancellationToken) is { } attributionId)
            {
                await _client.ExpireAsync(silence.Id, cancellationToken);
                _metrics.Silences.WithLabels(SilenceActions.Expired).Inc();
                SilencingLog.OrphanedSilenceExpired(_logger, silence.Id, attributionId);
                expired++;
            }
        }

        return expired;
    }

    /// <summary>
    /// The attribution that made <paramref name="silence"/>, when it is ours and its incident lost track of it.
    /// </summary>
    private async Task<string?> OrphanedAttributionAsync(Silence silence, CancellationToken cancellationToken)
    {
        var match = AttributionComment().Match(silence.Comment);
        if (!match.Success
            || await _attributions.GetAsync(match.Groups["id"].Value, cancellationToken) is not { } attribution)
        {
            return null;
        }

        var incident = await _incidents.GetAsync(attribution.IncidentId, cancellationToken);
        var tracked = incident is { HasActiveSilence: true } && incident.SilenceId == silence.Id;
        return tracked ? null : attribution.Id;
    }

    /// <summary>The comment <see cref="SilenceManager"/> writes: "CAAA attribution {id}: {reason}".</summary>
    [GeneratedRegex("^CAAA attribution (?<id>[0-9a-f]{32}):", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionComment();
}
