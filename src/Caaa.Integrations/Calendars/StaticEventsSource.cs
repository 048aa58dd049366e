using System.Globalization;
using System.Text;
using Caaa.Core.Context;
using NodaTime;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// Events listed in the configuration. Each is written as a VEVENT and read back through
/// <see cref="IcsFeed"/>, so recurrence, DST and EXDATE behave exactly as for a real feed.
/// </summary>
internal sealed class StaticEventsSource : IContextSource
{
    private const string ServicesProperty = "X-CAAA-SERVICES";
    private const string MultiplierProperty = "X-CAAA-LOAD-MULTIPLIER";

    private readonly List<IcsFeed> _feeds;

    /// <exception cref="ArgumentException">An entry is invalid; the message names its key.</exception>
    public StaticEventsSource(IReadOnlyList<StaticEventOptions> events, string name = "static")
    {
        Name = name;
        var mapping = new IcsMapping(name, ServicesProperty, MultiplierProperty, DateTimeZone.Utc, 1000);
        _feeds = [.. events.Select((e, i) => Build(e, $"StaticEvents:{i}", mapping))];
    }

    public string Name { get; }

    public Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<ContextEvent> events = [.. _feeds.SelectMany(f => f.Expand(from, to)).OrderBy(e => e.Start)];
        return Task.FromResult(events);
    }

    private static IcsFeed Build(StaticEventOptions options, string key, IcsMapping mapping)
    {
        var errors = options.Validate(key).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }

        IcsFeed feed;
        try
        {
            feed = IcsFeed.Parse(ToIcs(options), mapping);
        }
        catch (UpstreamException exception)
        {
            throw new ArgumentException($"{key}: {exception.Message}", exception);
        }

        return feed.Issues.Count == 0
            ? feed
            : throw new ArgumentException($"{key}: {feed.Issues[0].Reason} (check Recurrence '{options.Recurrence}').");
    }

    private static string ToIcs(StaticEventOptions options)
    {
        var zone = IcsTimeZoneRegistry.ResolveByName(options.TimeZone)!;
        var start = StaticEventStart.TryParse(options.Start)!.Value.ToWallTime(DateTimeZoneProviders.Tzdb[zone]);

        var text = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//caaa//static-events//EN\r\nBEGIN:VEVENT\r\n")
            .Append(CultureInfo.InvariantCulture, $"UID:{Guid.NewGuid():N}@caaa.static\r\n")
            .Append(CultureInfo.InvariantCulture, $"SUMMARY:{Escape(options.Name)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTART;TZID={zone}:{start:yyyyMMdd'T'HHmmss}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DURATION:PT{(long)options.Duration.TotalSeconds}S\r\n");
        if (!string.IsNullOrWhiteSpace(options.Recurrence))
        {
            text.Append(CultureInfo.InvariantCulture, $"RRULE:{options.Recurrence.Trim()}\r\n");
        }

        foreach (var service in options.Services.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{ServicesProperty}:{service.Trim()}\r\n");
        }

        if (options.ExpectedLoadMultiplier is { } multiplier)
        {
            text.Append(CultureInfo.InvariantCulture, $"{MultiplierProperty}:{multiplier:R}\r\n");
        }

        return text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n").ToString();
    }

    /// <summary>RFC 5545 TEXT escaping, so a name cannot end the line or inject a property.</summary>
    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
