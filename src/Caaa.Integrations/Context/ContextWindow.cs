using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>The one overlap rule every source and the cache use for a query window [from, to).</summary>
internal static class ContextWindow
{
    /// <summary>
    /// True when the event touches the window. An event without an end (a deployment) counts at its
    /// start; a zero-length event at <paramref name="from"/> still counts.
    /// </summary>
    public static bool Overlaps(ContextEvent contextEvent, DateTimeOffset from, DateTimeOffset to)
    {
        var end = contextEvent.End ?? contextEvent.Start;
        return contextEvent.Start < to && (end > from || contextEvent.Start >= from);
    }
}
