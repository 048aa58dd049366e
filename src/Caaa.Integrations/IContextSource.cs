using Caaa.Core.Context;

namespace Caaa.Integrations;

/// <summary>
/// A calendar or deployment source. Implementations cache, time out, and throw
/// <see cref="UpstreamException"/> on failure; the caller turns that into lower confidence.
/// </summary>
public interface IContextSource
{
    /// <summary>A short name for logs and the metric label (not a free-text value).</summary>
    string Name { get; }

    Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken);
}
