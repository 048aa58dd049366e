namespace Caaa.Sidecar.Webhook;

/// <summary>
/// The instants a pushed alert or event may carry. Evidence windows and silence ends are computed
/// around them, which cannot be done near DateTimeOffset's ends; an instant before the Unix epoch
/// is a sender's bug (a zero or unset date, seconds read as milliseconds), not an alert or a plan.
/// </summary>
internal static class InstantBounds
{
    public const int LatestYear = 9000;

    public const int EarliestYear = 1970;

    public static string Requirement => $"must be from the year {EarliestYear} and before the year {LatestYear}";

    public static bool IsPlausible(DateTimeOffset instant) =>
        instant.UtcDateTime.Year >= EarliestYear && instant.UtcDateTime.Year < LatestYear;
}
