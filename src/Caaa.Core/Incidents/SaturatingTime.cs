namespace Caaa.Core.Incidents;

/// <summary>
/// Moves an instant by a duration, stopping at <see cref="DateTimeOffset"/>'s ends instead of throwing.
/// Windows around an alert's onset are computed with it, so an extreme but accepted time (or a huge
/// configured lookback) yields a clamped window — read and found empty — never an overflow.
/// </summary>
internal static class SaturatingTime
{
    public static DateTimeOffset Add(DateTimeOffset instant, TimeSpan offset)
    {
        var utcTicks = instant.UtcTicks;
        if (offset > TimeSpan.Zero && offset.Ticks > DateTimeOffset.MaxValue.UtcTicks - utcTicks)
        {
            return DateTimeOffset.MaxValue;
        }

        if (offset < TimeSpan.Zero && offset.Ticks < DateTimeOffset.MinValue.UtcTicks - utcTicks)
        {
            return DateTimeOffset.MinValue;
        }

        return new DateTimeOffset(utcTicks + offset.Ticks, TimeSpan.Zero);
    }

    public static DateTimeOffset Subtract(DateTimeOffset instant, TimeSpan offset) =>
        offset == TimeSpan.MinValue ? DateTimeOffset.MaxValue : Add(instant, -offset);
}
