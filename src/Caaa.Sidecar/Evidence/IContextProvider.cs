using Caaa.Core.Context;

namespace Caaa.Sidecar.Evidence;

/// <summary>
/// What calendars and deployment pipelines say around an alert's onset. Implementations fail soft:
/// a failed source yields <see cref="IncidentContext.Complete"/> false, not an exception.
/// </summary>
public interface IContextProvider
{
    Task<IncidentContext> GatherAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken);
}
