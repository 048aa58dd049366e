using System.Globalization;
using System.Text.RegularExpressions;

namespace Caaa.Sidecar.Options;

/// <summary>Prometheus-style durations in the YAML: <c>90s</c>, <c>30m</c>, <c>1h30m</c>, <c>2d</c>.</summary>
internal static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var match = text is null ? null : DurationPattern().Match(text.Trim());
        if (match is null || !match.Success || match.Length == 0)
        {
            return false;
        }

        foreach (Capture capture in match.Groups["part"].Captures)
        {
            value += ParsePart(capture.Value);
        }

        return true;
    }

    public static TimeSpan Parse(string? text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a duration like 30s, 5m or 2h.");

    private static TimeSpan ParsePart(string part)
    {
        var unitStart = part.IndexOfAny(['m', 's', 'h', 'd']);
        var number = double.Parse(part[..unitStart], CultureInfo.InvariantCulture);
        return part[unitStart..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(number),
            "s" => TimeSpan.FromSeconds(number),
            "m" => TimeSpan.FromMinutes(number),
            "h" => TimeSpan.FromHours(number),
            _ => TimeSpan.FromDays(number),
        };
    }

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(ms|s|m|h|d))+$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
