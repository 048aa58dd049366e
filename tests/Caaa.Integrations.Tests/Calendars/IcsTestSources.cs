using Caaa.Integrations.Calendars;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Caaa.Integrations.Tests.Calendars;

internal static class IcsTestSources
{
    public static IcsCalendarSource FromFile(string path, Action<IcsCalendarOptions>? configure = null)
    {
        var options = new IcsCalendarOptions { Name = "test-calendar", Path = path };
        configure?.Invoke(options);
        return new IcsCalendarSource(
            options, httpClient: null, new FakeTimeProvider(), NullLogger<IcsCalendarSource>.Instance);
    }

    public static IcsCalendarSource FromText(string text, Action<IcsCalendarOptions>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"caaa-ics-{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, text);
        return FromFile(path, configure);
    }

    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
