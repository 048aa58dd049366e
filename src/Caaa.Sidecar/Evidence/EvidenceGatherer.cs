using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Store;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Evidence;

/// <summary>Gathers metrics, context from the providers and pushed events for one incident.</summary>
internal sealed class EvidenceGatherer
{
    private readonly MetricEvidenceCollector _metrics;
    private readonly IContextProvider _contextProvider;
    private readonly EventStore _events;
    private readonly IOptions<CaaaOptions> _options;
    private readonly ILogger<EvidenceGatherer> _logger;

    public EvidenceGatherer(
        MetricEvidenceCollector metrics,
        IContextProvider contextProvider,
        EventStore events,
        IOptions<CaaaOptions> options,
        ILogger<EvidenceGatherer> logger)
    {
        _metrics = metrics;
        _contextProvider = contextProvider;
        _events = events;
        _options = options;
        _logger = logger;
    }

    public async Task<IncidentEvidence> GatherAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken)
    {
        var (frame, missing, partial) = await _metrics.CollectAsync(onset, labels, cancellationToken);
        var context = await GatherContextAsync(onset, labels, cancellationToken);
        var quality = new EvidenceQuality(missing, partial, ContextIncomplete: !context.Complete);
        return new IncidentEvidence(frame, context, quality);
    }

    private async Task<IncidentContext> GatherContextAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken)
    {
        var evidence = _options.Value.Evidence;
        var pushed = await _events.ListAsync(SaturatingTime.Subtract(onset, evidence.LookbackValue),
            SaturatingTime.Add(onset, evidence.LookaheadValue), cancellationToken);
        IncidentContext provided;
        try
        {
            provided = await _contextProvider.GatherAsync(onset, labels, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A provider is meant to fail soft; one that throws still only lowers confidence.
            EvidenceLog.ContextProviderFailed(_logger, exception.Message);
            provided = new IncidentContext([], Complete: false);
        }

        return new IncidentContext([.. provided.Events, .. pushed], provided.Complete);
    }
}
