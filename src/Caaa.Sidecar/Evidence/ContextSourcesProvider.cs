using Caaa.Core.Context;
using Caaa.Integrations.Context;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// The default <see cref="IContextProvider"/>: every configured calendar and deployment source,
/// asked in parallel by the <see cref="ContextGatherer"/>, which fails soft (a broken or hanging
/// source marks the context incomplete and is counted, never thrown).
/// </summary>
internal sealed class ContextSourcesProvider(ContextGatherer gatherer) : IContextProvider
{
    public Task<IncidentContext> GatherAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken) =>
        gatherer.GatherAsync(onset, cancellationToken);
}
