using System.Threading.Channels;

namespace Caaa.Sidecar.Pipeline;

/// <summary>
/// Incident ids waiting for a worker. The store is the source of truth: an id that does not fit is
/// still pending there and the worker's sweep picks it up, so nothing is dropped.
/// </summary>
internal sealed class IncidentQueue
{
    private readonly Channel<string> _channel = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(string incidentId) => _channel.Writer.TryWrite(incidentId);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
