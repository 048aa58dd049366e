using Caaa.Core.Context;

namespace Caaa.Integrations.Tests.Context;

/// <summary>A context source whose answer the test decides; counts its calls.</summary>
internal sealed class StubContextSource(
    string name,
    Func<DateTimeOffset, DateTimeOffset, Task<IReadOnlyList<ContextEvent>>> answer)
    : IContextSource
{
    public string Name => name;

    public int Calls { get; private set; }

    public static StubContextSource Returning(string name, params ContextEvent[] events) =>
        new(name, (_, _) => Task.FromResult<IReadOnlyList<ContextEvent>>(events));

    public static StubContextSource Failing(string name, Exception exception) =>
        new(name, (_, _) => Task.FromException<IReadOnlyList<ContextEvent>>(exception));

    public static StubContextSource Hanging(string name) =>
        new(name, (_, _) => new TaskCompletionSource<IReadOnlyList<ContextEvent>>().Task);

    public Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        Calls++;
        return answer(from, to);
    }
}
