using Caaa.Core.Context;
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

    private static async Task<Results<Created<EventReceipt>, ValidationProblem>> AddAsync(
        EventRequest request,
        EventStore events,
        CancellationToken cancellationToken)
    {
        var errors = Validate(request, out var kind);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var contextEvent = new ContextEvent(kind, request.Name!, request.Start!.Value, request.End,
            request.Services ?? [], EventStore.Source, request.ExpectedLoadMultiplier);
        var id = await events.AddAsync(contextEvent, cancellationToken);
        return TypedResults.Created($"/api/v1/events/{id}",
            new EventReceipt(id, request.Kind!.ToLowerInvariant(), request.Name!));
    }

    private static Dictionary<string, string[]> Validate(EventRequest request, out ContextEventKind kind)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        kind = ContextEventKind.Calendar;
        if (request.Kind?.ToLowerInvariant() is not ("calendar" or "deployment")
            || !Enum.TryParse(request.Kind, ignoreCase: true, out kind))
        {
            errors["kind"] = ["must be calendar or deployment"];
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["is required"];
        }

        if (request.Start is null)
        {
            errors["start"] = ["is required"];
        }
        else if (request.End < request.Start)
        {
            errors["end"] = ["must not be before start"];
        }

        if (request.ExpectedLoadMultiplier is { } multiplier && (multiplier <= 0 || !double.IsFinite(multiplier)))
        {
            errors["expectedLoadMultiplier"] = ["must be a positive number"];
        }

        if (request.Services?.Any(string.IsNullOrWhiteSpace) == true)
        {
            errors["services"] = ["must not contain empty names"];
        }

        return errors;
    }
}
