using Caaa.Core.Context;
using Caaa.Integrations;
using Caaa.Sidecar.Metrics;
using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// The default <see cref="IContextProvider"/>: asks every registered <see cref="IContextSource"/> for
/// events in the evidence window; a source that throws marks the context incomplete.
/// </summary>
internal sealed class ContextSourcesProvider : IContextProvider
{
    private readonly IEnumerable<IContextSource> _sources;
    private readonly CaaaMetrics _metrics;
    private readonly IOptions<CaaaOptions> _options;
    private readonly ILogger<ContextSourcesProvider> _logger;

    public ContextSourcesProvider(
        IEnumerable<IContextSource> sources,
        CaaaMetrics metrics,
        IOptions<CaaaOptions> options,
        ILogger<ContextSourcesProvider> logger)
    {
        _sources = sources;
        _metrics = metrics;
        _options = options;
        _logger = logger;
    }

    public async Task<IncidentContext> GatherAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken)
    {
        var evidence = _options.Value.Evidence;
        var from = onset - evidence.LookbackValue;
        var to = onset + evidence.LookaheadValue;
        var events = new List<ContextEvent>();
        var complete = true;
        foreach (var source in _sources)
        {
            try
            {
                events.AddRange(await source.GetEventsAsync(from, to, cancellationToken));
            }
            catch (UpstreamException exception)
            {
                complete = false;
                _metrics.CountUpstreamFailure(exception);
                EvidenceLog.ContextSourceFailed(_logger, source.Name, exception.Reason, exception.Message);
            }
        }

        return new IncidentContext(events, complete);
    }
}
