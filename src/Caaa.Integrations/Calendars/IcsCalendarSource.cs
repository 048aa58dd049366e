using Caaa.Core.Context;
using Caaa.Integrations.Context;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Caaa.Integrations.Calendars;

/// <summary>
/// Calendar entries from an iCalendar feed (URL or file), re-read every
/// <see cref="IcsCalendarOptions.RefreshInterval"/>.
/// Entries that cannot be placed in time are left out, logged once per download and listed in <see cref="Issues"/>.
/// </summary>
internal sealed partial class IcsCalendarSource : IContextSource, IDisposable
{
    private readonly IcsCalendarOptions _options;
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IcsCalendarSource> _logger;
    private readonly IcsMapping _mapping;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private IcsFeed? _feed;
    private DateTimeOffset _loadedAt;

    public IcsCalendarSource(
        IcsCalendarOptions options,
        HttpClient? httpClient,
        TimeProvider timeProvider,
        ILogger<IcsCalendarSource> logger)
    {
        var errors = options.Validate("Calendars").ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        if (options.Url is not null && httpClient is null)
        {
            throw new ArgumentException($"{options.Name}: a feed URL needs an HttpClient.", nameof(httpClient));
        }

        _options = options;
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _logger = logger;
        var floatingZone = DateTimeZoneProviders.Tzdb[IcsTimeZoneRegistry.ResolveByName(options.FloatingTimeZone)!];
        _mapping = new IcsMapping(
            options.Name, options.ServicesProperty, options.MultiplierProperty, floatingZone, options.MaxOccurrences);
    }

    public string Name => _options.Name;

    /// <summary>The entries left out of the last download, and why.</summary>
    public IReadOnlyList<CalendarIssue> Issues => _feed?.Issues ?? [];

    public async Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var feed = await LoadAsync(cancellationToken);
        return feed.Expand(from, to);
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<IcsFeed> LoadAsync(CancellationToken cancellationToken)
    {
        if (_feed is { } fresh && _timeProvider.GetUtcNow() < _loadedAt + _options.RefreshInterval)
        {
            return fresh;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (_feed is { } loaded && now < _loadedAt + _options.RefreshInterval)
            {
                return loaded;
            }

            var feed = IcsFeed.Parse(await ReadTextAsync(cancellationToken), _mapping);
            Report(feed);
            (_feed, _loadedAt) = (feed, now);
            return feed;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<string> ReadTextAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return _options.Url is null
                ? await File.ReadAllTextAsync(_options.Path!, linked.Token)
                : await DownloadAsync(_options.Url, linked.Token);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            throw new UpstreamException(
                ContextUpstreams.Calendar,
                UpstreamFailure.Timeout,
                retryable: true,
                $"{Name}: the feed did not arrive within {_options.Timeout.TotalSeconds:0.###} s.",
                exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw UpstreamErrors.Classify(ContextUpstreams.Calendar, Name, exception);
        }
    }

    private async Task<string> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/calendar");
        var token = await ContextHttp.ReadTokenAsync(
            _options.BearerTokenFile, ContextUpstreams.Calendar, Name, cancellationToken);
        ContextHttp.SetBearer(request, token);

        using var response = await ContextHttp.SendAsync(
            _httpClient!, request, ContextUpstreams.Calendar, Name, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private void Report(IcsFeed feed)
    {
        foreach (var issue in feed.Issues)
        {
            LogEntrySkipped(_logger, Name, issue.Uid, issue.Summary, issue.Reason);
        }

        foreach (var note in feed.Notes)
        {
            LogFallback(_logger, Name, note);
        }
    }

    [LoggerMessage(
        EventId = 3201,
        EventName = "CalendarEntrySkipped",
        Level = LogLevel.Warning,
        Message = "Calendar {SourceName}: entry {Uid} ({Summary}) left out: {Reason}")]
    private static partial void LogEntrySkipped(
        ILogger logger,
        string sourceName,
        string? uid,
        string? summary,
        string reason);

    [LoggerMessage(
        EventId = 3202,
        EventName = "CalendarFallback",
        Level = LogLevel.Information,
        Message = "Calendar {SourceName}: {Note}")]
    private static partial void LogFallback(ILogger logger, string sourceName, string note);
}
