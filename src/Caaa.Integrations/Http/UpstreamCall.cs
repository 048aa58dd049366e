namespace Caaa.Integrations.Http;

/// <summary>Runs one logical upstream call: times it, classifies its failure, tells the observer once.</summary>
internal sealed class UpstreamCall
{
    private readonly string _upstream;
    private readonly IUpstreamObserver _observer;
    private readonly TimeProvider _timeProvider;

    public UpstreamCall(string upstream, IUpstreamObserver observer, TimeProvider timeProvider)
    {
        _upstream = upstream;
        _observer = observer;
        _timeProvider = timeProvider;
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        try
        {
            var result = await action(cancellationToken);
            _observer.Observe(_upstream, _timeProvider.GetElapsedTime(started), null);
            return result;
        }
        catch (Exception exception) when (Translate(exception, cancellationToken) is { } failure)
        {
            _observer.Observe(_upstream, _timeProvider.GetElapsedTime(started), failure.Reason);
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                await action(token);
                return true;
            },
            cancellationToken);

    private UpstreamException? Translate(Exception exception, CancellationToken cancellationToken) =>
        UpstreamExceptions.Translate(_upstream, exception, cancellationToken);
}
