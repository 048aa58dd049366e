namespace Caaa.Integrations.Context;

internal sealed class InMemoryPushedEventsOptions
{
    /// <summary>
    /// Events kept at most; the ones that ended (or started) earliest go first. Default value: 10 000.
    /// </summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>An event is forgotten this long after it ended (or started). Default value: 14 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(14);
}
