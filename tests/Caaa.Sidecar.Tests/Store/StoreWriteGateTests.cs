using Caaa.Sidecar.Store;

namespace Caaa.Sidecar.Tests.Store;

public sealed class StoreWriteGateTests
{
    [Fact]
    public async Task EnterAsync_Taken_WaitsUntilTheTurnIsHandedOn()
    {
        var gate = new StoreWriteGate();
        var first = await gate.EnterAsync(request: false, CancellationToken.None);

        var second = gate.EnterAsync(request: true, CancellationToken.None);
        var waitedWhileTaken = !second.IsCompleted;
        first.Dispose();
        using var turn = await second;

        Assert.True(waitedWhileTaken);
    }

    [Fact]
    public async Task EnterAsync_RequestQueuedAfterBackground_RequestGoesFirst()
    {
        var gate = new StoreWriteGate();
        var holder = await gate.EnterAsync(request: false, CancellationToken.None);
        var background = gate.EnterAsync(request: false, CancellationToken.None);
        var request = gate.EnterAsync(request: true, CancellationToken.None);

        holder.Dispose();
        var firstGranted = await Task.WhenAny(background, request);
        var backgroundWaiting = !background.IsCompleted;
        (await request).Dispose();
        (await background).Dispose();

        Assert.Same(request, firstGranted);
        Assert.True(backgroundWaiting);
    }

    [Fact]
    public async Task EnterAsync_StreamOfRequests_BackgroundGetsATurnWithinFive()
    {
        var gate = new StoreWriteGate();
        var holder = await gate.EnterAsync(request: false, CancellationToken.None);
        var background = gate.EnterAsync(request: false, CancellationToken.None);
        var requests = Enumerable.Range(0, 8)
            .Select(_ => gate.EnterAsync(request: true, CancellationToken.None)).ToList();

        holder.Dispose();
        var requestsBeforeBackground = 0;
        foreach (var request in requests)
        {
            var granted = await Task.WhenAny(request, background);
            if (granted == background)
            {
                break;
            }

            requestsBeforeBackground++;
            (await request).Dispose();
        }

        (await background).Dispose();
        foreach (var request in requests.Skip(requestsBeforeBackground))
        {
            (await request).Dispose();
        }

        Assert.Equal(4, requestsBeforeBackground);
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_TurnPassesToTheNext()
    {
        var gate = new StoreWriteGate();
        using var cancellation = new CancellationTokenSource();
        var holder = await gate.EnterAsync(request: false, CancellationToken.None);
        var cancelled = gate.EnterAsync(request: true, cancellation.Token);
        var next = gate.EnterAsync(request: true, CancellationToken.None);

        await cancellation.CancelAsync();
        holder.Dispose();
        using var turn = await next;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
    }

    [Fact]
    public async Task Dispose_Twice_HandsOnOneTurnOnly()
    {
        var gate = new StoreWriteGate();
        var first = await gate.EnterAsync(request: false, CancellationToken.None);
        var second = gate.EnterAsync(request: false, CancellationToken.None);
        var third = gate.EnterAsync(request: false, CancellationToken.None);

        first.Dispose();
        first.Dispose();
        using var secondTurn = await second;

        Assert.False(third.IsCompleted);
        secondTurn.Dispose();
        (await third).Dispose();
    }
}
