using Caaa.Core.Context;
using Caaa.Sidecar.Store;
using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Api;

/// <summary>Turns a <c>POST /api/v1/events</c> body into a <see cref="ContextEvent"/> or field-named errors.</summary>
internal static class EventRequestValidator
{
    public static ParsedBody<ContextEvent> Parse(ReadOnlySpan<byte> body)
    {
        var errors = new FieldErrors();
        var request = JsonBody.Read<EventRequest>(body, errors);
        var contextEvent = request is null ? null : Validate(request, errors);
        return new ParsedBody<ContextEvent>(errors.Count == 0 ? contextEvent : null, errors.ToDictionary());
    }

    private static ContextEvent? Validate(EventRequest request, FieldErrors errors)
    {
        var kind = ValidateKind(request.Kind, errors);
        ValidateName(request.Name, errors);
        ValidateTimes(request.Start, request.End, errors);
        ValidateServices(request.Services, errors);
        ValidateMultiplier(request.ExpectedLoadMultiplier, errors);
        if (errors.Count > 0 || kind is null)
        {
            return null;
        }

        return new ContextEvent(kind.Value, request.Name!, request.Start!.Value, request.End,
            request.Services?.Select(s => s!).ToArray() ?? [], EventStore.Source, request.ExpectedLoadMultiplier);
    }

    private static ContextEventKind? ValidateKind(string? kind, FieldErrors errors)
    {
        switch (kind?.ToLowerInvariant())
        {
            case "calendar":
                return ContextEventKind.Calendar;
            case "deployment":
                return ContextEventKind.Deployment;
            case null:
                errors.Add("kind", "is required: calendar or deployment");
                return null;
            default:
                errors.Add("kind", $"must be calendar or deployment (got \"{kind}\")");
                return null;
        }
    }

    private static void ValidateName(string? name, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "is required and must not be blank");
        }
        else if (name.Length > PushLimits.MaxNameLength)
        {
            errors.Add("name", $"must be at most {PushLimits.MaxNameLength} characters (got {name.Length})");
        }
    }

    private static void ValidateTimes(DateTimeOffset? start, DateTimeOffset? end, FieldErrors errors)
    {
        if (start is null)
        {
            errors.Add("start", "is required");
        }
        else if (!InstantBounds.IsPlausible(start.Value))
        {
            errors.Add("start", InstantBounds.Requirement);
        }

        if (end is null)
        {
            return;
        }

        if (!InstantBounds.IsPlausible(end.Value))
        {
            errors.Add("end", InstantBounds.Requirement);
        }
        else if (end < start)
        {
            errors.Add("end", "must not be before start");
        }
    }

    private static void ValidateServices(IReadOnlyList<string?>? services, FieldErrors errors)
    {
        if (services is null)
        {
            return;
        }

        if (services.Count > PushLimits.MaxServices)
        {
            errors.Add("services", $"must list at most {PushLimits.MaxServices} services (got {services.Count})");
            return;
        }

        for (var i = 0; i < services.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(services[i]))
            {
                errors.Add($"services[{i}]", "must be a non-blank service name");
            }
            else if (services[i]!.Length > PushLimits.MaxNameLength)
            {
                errors.Add($"services[{i}]", $"must be at most {PushLimits.MaxNameLength} characters");
            }
        }
    }

    private static void ValidateMultiplier(double? multiplier, FieldErrors errors)
    {
        if (multiplier is { } value && !(value > 0 && value <= PushLimits.MaxExpectedLoadMultiplier))
        {
            errors.Add("expectedLoadMultiplier",
                $"must be a number above 0 and at most {PushLimits.MaxExpectedLoadMultiplier}");
        }
    }
}
