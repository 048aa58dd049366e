namespace Caaa.Integrations.Context;

internal sealed class InMemoryPushedEventsOptions
{
    /// <summary>
    /// Whether the gatherer serves pushed events itself. A host that stores pushed events durably and
    /// merges them on its own (the sidecar) turns this off. Default value: true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Events kept at most; the ones that ended (or started) earliest go first. Default value: 10 000.
    /// </summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>An event is forgotten this long after it ended (or started). Default value: 14 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(14);
}
