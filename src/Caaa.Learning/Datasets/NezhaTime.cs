using System.Globalization;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Nezha's <c>Time</c> column, a Go <c>time.Time</c> printed with its monotonic clock reading, e.g.
/// <c>2022-08-22 03:51:19.607158889 +0000 UTC m=+0.113112869</c>. The <c>TimeStamp</c> column next to it is
/// 2e8 s off in the Online Boutique files, so it is never used.
/// </summary>
internal static class NezhaTime
{
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return false;
        }

        // .NET keeps seven fractional digits; Go prints up to nine.
        var clock = parts[1];
        var dot = clock.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && clock.Length - dot - 1 > 7)
        {
            clock = clock[..(dot + 8)];
        }

        return DateTimeOffset.TryParseExact(
            $"{parts[0]} {clock} {parts[2]}",
            ["yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:ss zzz"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out instant)
            || TryParseCompactOffset(parts[0], clock, parts[2], out instant);
    }

    private static bool TryParseCompactOffset(string date, string clock, string offset, out DateTimeOffset instant)
    {
        instant = default;
        if (offset.Length != 5 || (offset[0] != '+' && offset[0] != '-'))
        {
            return false;
        }

        var withColon = $"{offset[..3]}:{offset[3..]}";
        return DateTimeOffset.TryParseExact(
            $"{date} {clock} {withColon}",
            ["yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm:ss zzz"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out instant);
    }
}
