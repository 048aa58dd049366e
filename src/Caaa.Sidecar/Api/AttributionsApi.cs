using Caaa.Core.Attribution;
using Caaa.Core.Features;
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

    private static async Task<Results<Ok<AttributionPage>, ValidationProblem>> ListAsync(
        AttributionStore attributions,
        CancellationToken cancellationToken,
        string? @class = null,
        string? alertname = null,
        int page = 1,
        int pageSize = 50)
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

        if (page < 1)
        {
            errors["page"] = ["must be at least 1"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be between 1 and {MaxPageSize}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (items, total) = await attributions.ListAsync(
            new AttributionFilter(filterClass, alertname, page, pageSize), cancellationToken);
        return TypedResults.Ok(new AttributionPage(items.Select(Summary).ToArray(), page, pageSize, total));
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

    /// <summary>The body is read here, not bound, so its size is capped and a bad field is named.</summary>
    private static async Task<Results<Created<FeedbackReceipt>, ValidationProblem, ProblemHttpResult>> AddFeedbackAsync(
        string id,
        HttpRequest request,
        BoundedBodyReader bodyReader,
        AttributionStore attributions,
        FeedbackStore feedback,
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

        if (await attributions.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var correction = parsed.Value!;
        var feedbackId = await feedback.AddAsync(correction, cancellationToken);
        return TypedResults.Created($"/api/v1/attributions/{id}",
            new FeedbackReceipt(feedbackId, id, correction.Class.ToWire()));
    }

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
