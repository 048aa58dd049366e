using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// Rewrites every TZID of an iCalendar text to an id Ical.Net resolves exactly, before parsing.
/// Order per TZID: the in-file VTIMEZONE (registered as a custom zone), else the IANA id itself,
/// else the Windows id mapped through CLDR. A component that uses a TZID none of these resolve is
/// removed and reported — never treated as floating or UTC, and never fuzzy-matched by name.
/// </summary>
internal static partial class IcsTextNormalizer
{
    private static readonly string[] _dateProperties = ["DTSTART", "DTEND", "DUE", "EXDATE", "RDATE", "RECURRENCE-ID"];

    public static NormalizedIcs Normalize(string text)
    {
        var lines = UnfoldRegex().Replace(text, string.Empty).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var resolver = new TzIdResolver(CollectTimeZones(lines));
        var output = new StringBuilder(text.Length);
        var issues = new List<CalendarIssue>();

        var depth = 0;
        var component = new List<string>();
        string? unresolved = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase))
            {
                depth++;
            }

            var rewritten = depth >= 2 ? Rewrite(line, resolver, ref unresolved) : line;
            if (depth >= 2)
            {
                component.Add(rewritten);
            }
            else
            {
                output.Append(rewritten).Append("\r\n");
            }

            if (line.StartsWith("END:", StringComparison.OrdinalIgnoreCase) && --depth == 1)
            {
                Flush(component, unresolved, output, issues);
                component.Clear();
                unresolved = null;
            }
        }

        return new NormalizedIcs(output.ToString(), issues, resolver.Notes);
    }

    private static void Flush(
        List<string> component,
        string? unresolved,
        StringBuilder output,
        List<CalendarIssue> issues)
    {
        if (unresolved is null)
        {
            foreach (var kept in component)
            {
                output.Append(kept).Append("\r\n");
            }

            return;
        }

        issues.Add(new CalendarIssue(
            ValueOf(component, "UID"),
            ValueOf(component, "SUMMARY"),
            $"TZID '{unresolved}' has no VTIMEZONE in the feed and is neither an IANA nor a Windows time zone id."));
    }

    private static string Rewrite(string line, TzIdResolver resolver, ref string? unresolved)
    {
        var nameEnd = line.IndexOfAny([';', ':']);
        if (nameEnd <= 0 || !_dateProperties.Contains(line[..nameEnd], StringComparer.OrdinalIgnoreCase))
        {
            return line;
        }

        var match = TzIdRegex().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var tzId = match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["v"].Value;
        var resolved = resolver.Resolve(tzId.Trim());
        if (resolved is null)
        {
            unresolved ??= tzId;
            return line;
        }

        return string.Concat(line.AsSpan(0, match.Index), ";TZID=", resolved, line.AsSpan(match.Index + match.Length));
    }

    /// <summary>Each VTIMEZONE block's text by its TZID.</summary>
    private static Dictionary<string, string> CollectTimeZones(List<string> lines)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var inside = false;
        var block = new StringBuilder();
        string? tzId = null;
        foreach (var line in lines)
        {
            if (line.Equals("BEGIN:VTIMEZONE", StringComparison.OrdinalIgnoreCase))
            {
                (inside, tzId) = (true, null);
                block.Clear();
            }

            if (!inside)
            {
                continue;
            }

            block.Append(line).Append("\r\n");
            if (tzId is null && line.StartsWith("TZID:", StringComparison.OrdinalIgnoreCase))
            {
                tzId = line[5..].Trim();
            }

            if (line.Equals("END:VTIMEZONE", StringComparison.OrdinalIgnoreCase))
            {
                inside = false;
                if (tzId is not null)
                {
                    blocks.TryAdd(tzId, block.ToString());
                }
            }
        }

        return blocks;
    }

    private static string? ValueOf(List<string> component, string name)
    {
        var line = component.FirstOrDefault(l =>
            l.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && l.Length > name.Length
            && l[name.Length] is ':' or ';');
        var colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon < 0 ? null : line![(colon + 1)..];
    }

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex UnfoldRegex();

    [GeneratedRegex(@";TZID=(?:""(?<q>[^""]*)""|(?<v>[^;:]*))", RegexOptions.IgnoreCase)]
    private static partial Regex TzIdRegex();

    /// <summary>Resolves and remembers each TZID once per feed.</summary>
    private sealed class TzIdResolver(Dictionary<string, string> timeZoneBlocks)
    {
        private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = [];

        public string? Resolve(string tzId)
        {
            if (!_resolved.TryGetValue(tzId, out var resolved))
            {
                resolved = FromVTimeZone(tzId) ?? IcsTimeZoneRegistry.ResolveByName(tzId);
                _resolved[tzId] = resolved;
            }

            return resolved;
        }

        private string? FromVTimeZone(string tzId)
        {
            if (!timeZoneBlocks.TryGetValue(tzId, out var block))
            {
                return null;
            }

            var id = IcsTimeZoneRegistry.Register(block, customId => Build(block, customId), out var built);
            if (built)
            {
                return id;
            }

            Notes.Add($"VTIMEZONE '{tzId}' uses rules CAAA cannot read; resolving the TZID by name instead.");
            return null;
        }

        private static TimeZoneInfo? Build(string block, string customId)
        {
            try
            {
                var calendar = Calendar.Load($"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{block}END:VCALENDAR\r\n");
                var vTimeZone = calendar?.TimeZones.FirstOrDefault();
                return vTimeZone is null ? null : VTimeZoneConverter.TryConvert(vTimeZone, customId);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A VTIMEZONE the parser rejects is treated like one with unreadable rules.
                return null;
            }
        }
    }
}
