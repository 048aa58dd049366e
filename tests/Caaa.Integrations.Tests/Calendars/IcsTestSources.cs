using Caaa.Integrations.Calendars;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Caaa.Integrations.Tests.Calendars;

internal static class IcsTestSources
{
    // Feeds written by FromText live in one folder per test run, removed when the run ends.
    private static readonly Lazy<string> FeedFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("caaa-ics-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    public static IcsCalendarSource FromFile(string path, Action<IcsCalendarOptions>? configure = null)
    {
        var options = new IcsCalendarOptions { Name = "test-calendar", Path = path };
        configure?.Invoke(options);
        return new IcsCalendarSource(
            options, httpClient: null, new FakeTimeProvider(), NullLogger<IcsCalendarSource>.Instance);
    }

    public static IcsCalendarSource FromText(string text, Action<IcsCalendarOptions>? configure = null)
    {
        var path = Path.Combine(FeedFolder.Value, $"{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, text);
        return FromFile(path, configure);
    }

    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
