using System.Globalization;
using Caaa.Core.Context;
using Caaa.Integrations.Context;

namespace Caaa.Integrations.Calendars;

/// <summary>Calendar entries from a JSON events API (shape: <see cref="JsonEventDto"/>).</summary>
internal sealed class JsonEventsSource : IContextSource
{
    private readonly JsonEventsOptions _options;
    private readonly HttpClient _httpClient;

    public JsonEventsSource(JsonEventsOptions options, HttpClient httpClient)
    {
        var errors = options.Validate("JsonEvents").ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _options = options;
        _httpClient = httpClient;
    }

    public string Name => _options.Name;

    public async Task<IReadOnlyList<ContextEvent>> GetEventsAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, QueryUri(from, to));
        var token = await ContextHttp.ReadTokenAsync(
            _options.BearerTokenFile, ContextUpstreams.Calendar, Name, cancellationToken);
        ContextHttp.SetBearer(request, token);

        using var response = await ContextHttp.SendAsync(
            _httpClient, request, ContextUpstreams.Calendar, Name, cancellationToken);
        var items = await ContextHttp.ReadJsonAsync<List<JsonEventDto?>>(
            response, ContextUpstreams.Calendar, Name, cancellationToken);

        return [.. items.Select(ToContextEvent).Where(e => ContextWindow.Overlaps(e, from, to))];
    }

    private Uri QueryUri(DateTimeOffset from, DateTimeOffset to)
    {
        var builder = new UriBuilder(_options.Url!);
        var query = builder.Query.TrimStart('?');
        var window = string.Create(
            CultureInfo.InvariantCulture,
            $"from={Uri.EscapeDataString(from.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}"
            + $"&to={Uri.EscapeDataString(to.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}");
        builder.Query = query.Length == 0 ? window : $"{query}&{window}";
        return builder.Uri;
    }

    private ContextEvent ToContextEvent(JsonEventDto? item, int index)
    {
        if (item is null)
        {
            throw Invalid(index, " is null");
        }

        if (string.IsNullOrWhiteSpace(item.Name))
        {
            throw Invalid(index, ".name is missing");
        }

        if (item.Start is not { } start)
        {
            throw Invalid(index, ".start is missing");
        }

        if (item.End < start)
        {
            throw Invalid(index, ".end is before .start");
        }

        if (item.ExpectedLoadMultiplier is { } multiplier && !(double.IsFinite(multiplier) && multiplier > 0))
        {
            throw Invalid(index, ".expectedLoadMultiplier must be a positive number");
        }

        return new ContextEvent(
            Kind(item.Kind, index),
            item.Name,
            start,
            item.End,
            [.. (item.Services ?? []).Where(s => !string.IsNullOrWhiteSpace(s))],
            Name,
            item.ExpectedLoadMultiplier);
    }

    private ContextEventKind Kind(string? kind, int index) => kind?.ToUpperInvariant() switch
    {
        null or "CALENDAR" => ContextEventKind.Calendar,
        "DEPLOYMENT" => ContextEventKind.Deployment,
        _ => throw Invalid(index, $".kind '{kind}' is neither 'calendar' nor 'deployment'"),
    };

    private UpstreamException Invalid(int index, string detail) =>
        UpstreamErrors.Invalid(ContextUpstreams.Calendar, Name, $"item [{index}]{detail}.");
}
