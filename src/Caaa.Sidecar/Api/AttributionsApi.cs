using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Sidecar.Publishing;
using Caaa.Sidecar.Silencing;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caaa.Sidecar.Api;

internal static class AttributionsApi
{
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAttributionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/attributions");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        // A correction steers retraining: only a caller holding the push credentials may write one.
        group.MapPost("/{id}/feedback", AddFeedbackAsync).AddEndpointFilter<PushAuthorizationFilter>();
        return endpoints;
    }

    /// <remarks>
    /// Numbers arrive as text and are parsed here: a value the framework could not bind would be a bare
    /// 400 without <c>errors</c>, and the caller could not tell which parameter was wrong.
    /// </remarks>
    private static async Task<Results<Ok<AttributionPage>, ValidationProblem>> ListAsync(
        AttributionStore attributions,
        CancellationToken cancellationToken,
        string? @class = null,
        string? alertname = null,
        string? page = null,
        string? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        AttributionClass? filterClass = null;
        if (@class is not null)
        {
            if (AttributionClassNames.TryParse(@class, out var parsed))
            {
                filterClass = parsed;
            }
            else
            {
                errors["class"] = ["must be FAULT, EXPECTED_LOAD or UNKNOWN"];
            }
        }

        var pageNumber = ParseInRange(page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInRange(pageSize, "pageSize", 50, 1, MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (items, total) = await attributions.ListAsync(
            new AttributionFilter(filterClass, alertname, pageNumber, size), cancellationToken);
        return TypedResults.Ok(new AttributionPage(items.Select(Summary).ToArray(), pageNumber, size, total));
    }

    private static int ParseInRange(
        string? text,
        string name,
        int fallback,
        int min,
        int max,
        Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [max == int.MaxValue ? $"must be a whole number of at least {min}"
            : $"must be a whole number between {min} and {max}"];
        return fallback;
    }

    private static async Task<Results<Ok<AttributionDetail>, ProblemHttpResult>> GetAsync(
        string id,
        AttributionStore attributions,
        IncidentStore incidents,
        CancellationToken cancellationToken)
    {
        var record = await attributions.GetAsync(id, cancellationToken);
        var incident = record is null ? null : await incidents.GetAsync(record.IncidentId, cancellationToken);
        if (record is null || incident is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(Detail(record, incident));
    }

    /// <summary>
    /// The body is read here, not bound, so its size is capped and a bad field is named. A FAULT or UNKNOWN
    /// correction takes the incident's active silence back before the answer; the correction is stored first,
    /// so a failing Alertmanager still gets 201 and the silence watcher expires it at its next re-check. The
    /// incident's Grafana annotation then says what the human said, so the dashboard does not keep showing the
    /// model's verdict alone.
    /// </summary>
    private static async Task<Results<Created<FeedbackReceipt>, ValidationProblem, ProblemHttpResult>> AddFeedbackAsync(
        string id,
        HttpRequest request,
        BoundedBodyReader bodyReader,
        AttributionStore attributions,
        FeedbackStore feedback,
        SilenceManager silences,
        IncidentStore incidents,
        AnnotationPublisher annotations,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var body = await bodyReader.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return PushProblems.TooLarge(bodyReader.Limit);
        }

        var parsed = FeedbackRequestValidator.Parse(body, id, timeProvider.GetUtcNow());
        if (!parsed.IsValid)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "Invalid feedback");
        }

        if (await attributions.GetAsync(id, cancellationToken) is not { } attribution)
        {
            return NotFound(id);
        }

        var correction = parsed.Value!;
        var feedbackId = await feedback.AddAsync(correction, cancellationToken);
        var takenBack = await silences.OnFeedbackAsync(correction, attribution.IncidentId, cancellationToken);
        if (await incidents.GetAsync(attribution.IncidentId, cancellationToken) is { } incident)
        {
            var note = FeedbackNote(correction) + (takenBack ? "; CAAA took its silence back" : "");
            await annotations.AmendAsync(incident, attribution, note, cancellationToken);
        }

        return TypedResults.Created($"/api/v1/attributions/{id}",
            new FeedbackReceipt(feedbackId, id, correction.Class.ToWire()));
    }

    /// <summary>The annotation line for a correction, e.g. "human feedback: FAULT (sre-on-call): disk full".</summary>
    private static string FeedbackNote(FeedbackRecord correction) =>
        $"human feedback: {correction.Class.ToWire()}"
        + (correction.Author is { } author ? $" ({author})" : "")
        + (correction.Comment is { Length: > 0 } comment ? $": {comment}" : "");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Attribution not found",
            detail: $"No attribution has the id '{id}'.");

    private static AttributionSummary Summary(AttributionRecord record) => new(
        record.Id, record.IncidentId, record.Class.ToWire(), record.Confidence, record.AlertName, record.Service,
        record.SilenceAction, record.CreatedAt);

    private static AttributionDetail Detail(AttributionRecord record, IncidentRecord incident) => new(
        record.Id, record.IncidentId, incident.Fingerprint, record.AlertName, record.Service,
        incident.Status.ToString().ToLowerInvariant(), incident.Labels, record.Class.ToWire(), record.Confidence,
        record.Reasons, record.Probabilities, NamedFeatures(record.Features), record.Quality, incident.SilenceId,
        incident.SilenceState, record.SilenceAction, incident.AnnotationId, incident.StartsAt, incident.EndsAt,
        record.CreatedAt, Current: incident.AttributionId == record.Id);

    private static Dictionary<string, float> NamedFeatures(float[] features)
    {
        var named = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            named[i < FeatureNames.All.Count ? FeatureNames.All[i] : $"feature_{i}"] = features[i];
        }

        return named;
    }
}
