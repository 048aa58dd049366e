namespace Caaa.Integrations.Context;

/// <summary>The window asked around an incident's onset and how long the gatherer waits.</summary>
internal sealed class ContextGathererOptions
{
    /// <summary>
    /// How far before the onset to look (deployments, events already running). Default value: 2 hours.
    /// </summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How far after the onset to look (events about to start). Default value: 30 minutes.</summary>
    public TimeSpan Lookahead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The longest the gatherer waits for any source; a source still running then is reported as a
    /// timeout and left behind. Default value: 15 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
