using System.Globalization;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Spells times and durations the one way every Prometheus-compatible backend accepts: a decimal
/// number of seconds, invariant culture, no exponent, no unit (<c>60</c>, <c>1767225600.25</c>).
/// </summary>
internal static class PrometheusFormat
{
    private const decimal TicksPerSecond = TimeSpan.TicksPerSecond;
    private const string SecondsPattern = "0.#######";

    public static string Seconds(TimeSpan duration) =>
        (duration.Ticks / TicksPerSecond).ToString(SecondsPattern, CultureInfo.InvariantCulture);

    public static string UnixSeconds(DateTimeOffset time) =>
        ((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerSecond)
            .ToString(SecondsPattern, CultureInfo.InvariantCulture);
}
