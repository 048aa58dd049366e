using System.Text.Json;
using Caaa.Integrations.Grafana.Wire;
using Caaa.Integrations.Http;

namespace Caaa.Integrations.Grafana;

/// <summary>Writes region annotations in epoch milliseconds on a dashboard named by UID.</summary>
internal sealed class AnnotationClient : IAnnotationClient, IAnnotationLookup
{
    private readonly IGrafanaApi _api;
    private readonly UpstreamCall _call;

    public AnnotationClient(IGrafanaApi api, IUpstreamObserver observer, TimeProvider timeProvider)
    {
        _api = api;
        _call = new UpstreamCall(UpstreamNames.Grafana, observer, timeProvider);
    }

    public Task<long> CreateAsync(Annotation annotation, CancellationToken cancellationToken)
    {
        var body = ToWire(annotation);
        return _call.RunAsync(
            async token =>
            {
                using var response = await _api.CreateAnnotationAsync(body, token);
                var text = await ReadSuccessBodyAsync(response, token);
                return AnnotationIdReader.TryRead(text)
                    ?? throw Invalid($"the create reply has no annotation id: {Shorten(text)}");
            },
            cancellationToken);
    }

    public Task UpdateAsync(long id, DateTimeOffset? end, string? text, CancellationToken cancellationToken)
    {
        if (end is null && text is null)
        {
            return Task.CompletedTask;
        }

        var body = new PatchAnnotationWire(end is { } e ? EpochMilliseconds.From(e, "end") : null, text);
        return _call.RunAsync(
            async token =>
            {
                using var response = await _api.PatchAnnotationAsync(id, body, token);
                await ReadSuccessBodyAsync(response, token);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<FoundAnnotation>> FindAsync(
        string dashboardUid,
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyList<string> tags,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dashboardUid);
        ArgumentNullException.ThrowIfNull(tags);
        var fromMs = EpochMilliseconds.From(from, nameof(from));
        var toMs = EpochMilliseconds.From(to, nameof(to));
        return _call.RunAsync(
            async token =>
            {
                using var response = await _api.FindAnnotationsAsync(dashboardUid, fromMs, toMs, tags, token);
                var text = await ReadSuccessBodyAsync(response, token);
                var items = JsonSerializer.Deserialize(text, GrafanaJsonContext.Wire.ListAnnotationItemWire)
                    ?? throw Invalid("the annotation list is null.");
                IReadOnlyList<FoundAnnotation> found = items.Select(i => i.ToFound()).ToArray();
                return found;
            },
            cancellationToken);
    }

    private static PostAnnotationWire ToWire(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        var time = EpochMilliseconds.From(annotation.Start, nameof(annotation.Start));
        long? timeEnd = annotation.End is { } end ? EpochMilliseconds.From(end, nameof(annotation.End)) : null;
        if (timeEnd < time)
        {
            throw new ArgumentException($"The annotation ends ({annotation.End:O}) before it starts ({annotation.Start:O}).",
                nameof(annotation));
        }

        var dashboard = string.IsNullOrEmpty(annotation.DashboardUid) ? null : annotation.DashboardUid;
        return new PostAnnotationWire(dashboard, annotation.PanelId, time, timeEnd, annotation.Tags, annotation.Text);
    }

    private static async Task<string> ReadSuccessBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var error = await GrafanaErrorClassifier.ClassifyAsync(response, cancellationToken);
            throw error.ToException(UpstreamNames.Grafana);
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");

    private static UpstreamException Invalid(string detail) =>
        new(UpstreamNames.Grafana, UpstreamFailure.InvalidResponse, false, $"Grafana response: {detail}");
}
