namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Widens a step so a range stays within the server's point limit, rounded up to a step a human
/// would pick; Prometheus refuses the whole query (400 bad_data) rather than thinning it.
/// </summary>
internal static class StepPlanner
{
    private static readonly int[] NiceStepsSeconds =
        [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

    private const int SecondsPerDay = 86_400;

    /// <param name="maxPoints">Prometheus rejects a query when (end - start) / step exceeds this.</param>
    public static TimeSpan Choose(DateTimeOffset start, DateTimeOffset end, TimeSpan wanted, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(wanted, TimeSpan.Zero);
        var range = end - start;
        if (range.Ticks <= wanted.Ticks * (decimal)maxPoints)
        {
            return wanted;
        }

        var minimumSeconds = (long)Math.Ceiling(range.Ticks / (decimal)maxPoints / TimeSpan.TicksPerSecond);
        return TimeSpan.FromSeconds(RoundUpToNice(minimumSeconds));
    }

    private static long RoundUpToNice(long seconds)
    {
        foreach (var nice in NiceStepsSeconds)
        {
            if (nice >= seconds)
            {
                return nice;
            }
        }

        return (seconds + SecondsPerDay - 1) / SecondsPerDay * SecondsPerDay;
    }
}
