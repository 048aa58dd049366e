namespace Caaa.Sidecar.Webhook;

/// <summary>
/// The instants a pushed alert or event may carry. Evidence windows and silence ends are computed
/// around them, which cannot be done near DateTimeOffset's ends; a pushed event before the Unix epoch
/// is a sender's bug (seconds read as milliseconds, a zero date), not a plan.
/// </summary>
internal static class InstantBounds
{
    public const int LatestYear = 9000;

    public const int EarliestEventYear = 1970;

    public static bool IsBeforeLatestYear(DateTimeOffset instant) => instant.UtcDateTime.Year < LatestYear;

    public static bool IsPlausibleForEvent(DateTimeOffset instant) =>
        instant.UtcDateTime.Year >= EarliestEventYear && IsBeforeLatestYear(instant);
}
