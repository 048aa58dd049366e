using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Evidence;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Store;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Silencing;

/// <summary>
/// Looks at a silenced incident's last minutes (<c>silencing.recheckWindow</c>) against the half hour
/// before them, with the same features and physics rails as the first verdict. The first verdict read
/// the minutes around the alert's onset; a fault that starts an hour into a campaign is diluted there,
/// but here it is the whole "after" part, so work per request, errors, CPU or latency growing beyond
/// the requests takes the silence back at the next re-check.
/// </summary>
internal sealed class SilenceDriftCheck
{
    /// <summary>
    /// The rails get twice their room here: a few minutes of a surge are noisier than the first verdict's
    /// window. Measured on the case set at the 5-minute window: of the 72 synthetic surges that pass the
    /// rails at onset, room ×1 took 10 back (all online-boutique, 10 of its 35); room ×2 took none.
    /// </summary>
    private const double Margin = 2;

    private readonly MetricEvidenceCollector _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly FeatureExtractor _extractor = new();
    private readonly AttributionPolicy _policy = new(new AttributionPolicyOptions());

    public SilenceDriftCheck(
        MetricEvidenceCollector metrics,
        IOptions<CaaaOptions> options,
        TimeProvider timeProvider)
    {
        _metrics = metrics;
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>Why the silence must go, or null when the recent minutes show nothing beyond load.</summary>
    public async Task<string?> CheckAsync(IncidentRecord incident, CancellationToken cancellationToken)
    {
        var (silencing, evidence) = (_options.Value.Silencing, _options.Value.Evidence);
        var window = silencing.RecheckWindowValue;
        var pivot = _timeProvider.GetUtcNow() - window;
        if (window <= TimeSpan.Zero || pivot <= incident.StartsAt)
        {
            // The recent minutes still hold the onset: the full re-evaluation already reads them.
            return null;
        }

        var (frame, missing, partial) = await _metrics.CollectAsync(pivot, incident.Labels, cancellationToken);
        if (missing || partial)
        {
            return $"the last {silencing.RecheckWindow} could not be read in full from Prometheus";
        }

        var recent = new Incident(incident.Id, "live", incident.Id, pivot, frame, IncidentContext.Empty,
            RootService: incident.Service, Origin: incident.AlertName);
        return _policy.BeyondLoad(_extractor.Extract(recent), Margin) is { } rail
            ? $"the last {silencing.RecheckWindow} against the {evidence.Lookback} before: {rail}"
            : null;
    }
}
