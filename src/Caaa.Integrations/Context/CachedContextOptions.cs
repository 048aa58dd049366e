namespace Caaa.Integrations.Context;

/// <summary>How a <see cref="CachedContextSource"/> caches and bounds one source.</summary>
internal sealed class CachedContextOptions
{
    /// <summary>How long an answer is reused. Default value: 5 minutes.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Windows are widened to multiples of this, so alerts a few seconds apart share one upstream
    /// call. Default value: 15 minutes.
    /// </summary>
    public TimeSpan BucketSize { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest one upstream call may take. Default value: 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Cached windows kept at most; the oldest go first. Default value: 256.</summary>
    public int MaxEntries { get; set; } = 256;
}
