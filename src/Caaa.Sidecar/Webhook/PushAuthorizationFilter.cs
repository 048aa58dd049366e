using Caaa.Sidecar.Metrics;
using Microsoft.Net.Http.Headers;

namespace Caaa.Sidecar.Webhook;

/// <summary>Rejects pushes without the configured credentials with 401 ProblemDetails.</summary>
internal sealed class PushAuthorizationFilter : IEndpointFilter
{
    private readonly WebhookSecret _secret;
    private readonly CaaaMetrics _metrics;

    public PushAuthorizationFilter(WebhookSecret secret, CaaaMetrics metrics)
    {
        _secret = secret;
        _metrics = metrics;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (_secret.IsAuthorized(http.Request.Headers.Authorization))
        {
            return await next(context);
        }

        if (http.Request.Path.StartsWithSegments("/api/v1/webhook", StringComparison.Ordinal))
        {
            _metrics.CountWebhook(WebhookOutcomes.Unauthorized);
        }

        http.Response.Headers[HeaderNames.WWWAuthenticate] = _secret.Challenge;
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Missing or wrong credentials in the Authorization header.");
    }
}
