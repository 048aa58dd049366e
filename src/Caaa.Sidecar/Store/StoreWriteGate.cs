namespace Caaa.Sidecar.Store;

/// <summary>
/// Lets one writer at a time into the store from this process, webhook first. SQLite allows one
/// writer anyway, but a writer that finds its lock taken polls it from the busy handler with sleeps
/// growing to 100 ms: the webhook's transaction lost to the worker's stream of commits for up to 2 s.
/// Queued here, the next writer starts the moment the one before it commits, and a waiting request
/// goes before waiting background writes, so it waits for one commit at most. The background still
/// gets every few turns, so a steady stream of requests cannot stall the worker. SQLite's busy timeout
/// still guards against other processes (the CLI) writing.
/// </summary>
internal sealed class StoreWriteGate
{
    private const int RequestTurnsInARow = 4;

    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _requests = new();
    private readonly Queue<TaskCompletionSource> _background = new();
    private bool _taken;
    private int _requestTurns;

    /// <summary>Waits for the turn to write; disposing the result hands the turn on.</summary>
    /// <param name="request">True on a request's path (an answer waits for it), false for background work.</param>
    public async Task<IDisposable> EnterAsync(bool request, CancellationToken cancellationToken)
    {
        TaskCompletionSource turn;
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                return new Turn(this);
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (request ? _requests : _background).Enqueue(turn);
        }

        // A cancelled waiter stays queued; Release skips it because its TrySetResult fails.
        await using (cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken)))
        {
            await turn.Task;
        }

        return new Turn(this);
    }

    private void Release()
    {
        lock (_lock)
        {
            while (Next() is { } waiter)
            {
                if (waiter.TrySetResult())
                {
                    return;
                }
            }

            _taken = false;
        }
    }

    private TaskCompletionSource? Next()
    {
        var backgroundsTurn = _background.Count > 0 && (_requests.Count == 0 || _requestTurns >= RequestTurnsInARow);
        if (backgroundsTurn)
        {
            _requestTurns = 0;
            return _background.Dequeue();
        }

        if (_requests.Count > 0)
        {
            _requestTurns++;
            return _requests.Dequeue();
        }

        return null;
    }

    private sealed class Turn : IDisposable
    {
        private StoreWriteGate? _gate;

        public Turn(StoreWriteGate gate)
        {
            _gate = gate;
        }

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
