namespace Caaa.Learning.Datasets;

internal static class UnixTime
{
    /// <summary>Unix seconds (fractions allowed) as a UTC instant; null when not a finite, plausible value.</summary>
    public static DateTimeOffset? FromSeconds(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > 32503680000)
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }
}
