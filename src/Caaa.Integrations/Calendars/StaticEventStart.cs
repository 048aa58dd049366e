using System.Globalization;
using NodaTime;

namespace Caaa.Integrations.Calendars;

/// <summary>A configured start: either an exact instant (had an offset) or a wall-clock time.</summary>
internal readonly record struct StaticEventStart(DateTimeOffset? Instant, DateTime WallTime)
{
    public static StaticEventStart? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z')
            || (trimmed.Length > 6 && trimmed[^6] is '+' or '-' && trimmed[^3] == ':');
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                ? new StaticEventStart(instant, default)
                : null;
        }

        return DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
            ? new StaticEventStart(null, DateTime.SpecifyKind(wall, DateTimeKind.Unspecified))
            : null;
    }

    /// <summary>The wall-clock time in <paramref name="zone"/> at which the event starts.</summary>
    public DateTime ToWallTime(DateTimeZone zone) =>
        Instant is { } instant
            ? NodaTime.Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToDateTimeUnspecified()
            : WallTime;
}
