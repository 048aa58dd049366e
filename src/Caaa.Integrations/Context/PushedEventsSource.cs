using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>Lets the gatherer read pushed events like any other context source.</summary>
internal sealed class PushedEventsSource : IContextSource
{
    private readonly IPushedEvents _store;

    public PushedEventsSource(IPushedEvents store)
    {
        _store = store;
    }

    public string Name => "pushed";

    public Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken) =>
        _store.QueryAsync(from, to, cancellationToken);
}
