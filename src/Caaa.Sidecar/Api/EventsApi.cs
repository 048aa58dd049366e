using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Caaa.Sidecar.Api;

/// <summary><c>POST /api/v1/events</c>: any CI job or planner registers a calendar event or deployment.</summary>
internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/events", AddAsync).AddEndpointFilter<PushAuthorizationFilter>();
        return endpoints;
    }

    /// <summary>The body is read here, not bound, so its size is capped and a bad field is named.</summary>
    private static async Task<Results<Created<EventReceipt>, ValidationProblem, ProblemHttpResult>> AddAsync(
        HttpRequest request,
        BoundedBodyReader bodyReader,
        EventStore events,
        CancellationToken cancellationToken)
    {
        var body = await bodyReader.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return PushProblems.TooLarge(bodyReader.Limit);
        }

        var parsed = EventRequestValidator.Parse(body);
        if (!parsed.IsValid)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "Invalid event");
        }

        var contextEvent = parsed.Value!;
        var id = await events.AddAsync(contextEvent, cancellationToken);
        return TypedResults.Created($"/api/v1/events/{id}",
            new EventReceipt(id, contextEvent.Kind.ToString().ToLowerInvariant(), contextEvent.Name));
    }
}
