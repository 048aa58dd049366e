namespace Caaa.Integrations.Grafana;

/// <summary>
/// Grafana's annotation times are epoch milliseconds. A value below 1e11 (before March 1973) is
/// almost certainly seconds: Grafana would store it near 1970 and nobody would ever see it.
/// </summary>
public static class EpochMilliseconds
{
    /// <summary>The smallest plausible millisecond value; anything below is read as seconds.</summary>
    public const long SecondsThreshold = 100_000_000_000;

    /// <summary>Milliseconds of <paramref name="time"/>, sub-second part kept to the millisecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is before 1973, i.e. seconds were passed as milliseconds.</exception>
    public static long From(DateTimeOffset time, string field)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        if (milliseconds < SecondsThreshold)
        {
            throw new ArgumentOutOfRangeException(field, time,
                $"{field} is {milliseconds} ms after 1970, which looks like epoch seconds read as milliseconds.");
        }

        return milliseconds;
    }

    /// <summary>Reads a raw epoch number of unknown unit: seconds are scaled to milliseconds.</summary>
    public static long Normalize(long value) => value is > 0 and < SecondsThreshold ? value * 1000 : value;
}
