using Caaa.Core.Context;
using Caaa.Sidecar.Evidence;

namespace Caaa.Sidecar.Tests.Support;

internal sealed class FakeContextProvider : IContextProvider
{
    public List<ContextEvent> Events { get; } = [];

    public Task<IncidentContext> GatherAsync(
        DateTimeOffset onset,
        IReadOnlyDictionary<string, string> labels,
        CancellationToken cancellationToken)
    {
        lock (Events)
        {
            return Task.FromResult(new IncidentContext([.. Events]));
        }
    }

    /// <summary>A calendar event for every service from an hour before <paramref name="onset"/> to <paramref name="end"/>.</summary>
    public void AddCalendarEvent(DateTimeOffset onset, DateTimeOffset end, string name = "Spring sale")
    {
        lock (Events)
        {
            Events.Add(new ContextEvent(ContextEventKind.Calendar, name, onset.AddHours(-1), end, [], "test", 3));
        }
    }
}
