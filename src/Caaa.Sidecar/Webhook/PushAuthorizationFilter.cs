using Caaa.Sidecar.Metrics;
using Microsoft.Net.Http.Headers;

namespace Caaa.Sidecar.Webhook;

/// <summary>Rejects pushes without the configured credentials or signature with 401 ProblemDetails.</summary>
internal sealed class PushAuthorizationFilter : IEndpointFilter
{
    private readonly WebhookSecret _secret;
    private readonly HmacSignature _signature;
    private readonly BoundedBodyReader _bodyReader;
    private readonly CaaaMetrics _metrics;

    public PushAuthorizationFilter(
        WebhookSecret secret,
        HmacSignature signature,
        BoundedBodyReader bodyReader,
        CaaaMetrics metrics)
    {
        _secret = secret;
        _signature = signature;
        _bodyReader = bodyReader;
        _metrics = metrics;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var problem = _signature.Enabled
            ? await VerifySignatureAsync(http.Request, http.RequestAborted)
            : _secret.IsAuthorized(http.Request.Headers.Authorization)
                ? null
                : "Missing or wrong credentials in the Authorization header.";
        if (problem is null)
        {
            return await next(context);
        }

        if (http.Request.Path.StartsWithSegments("/api/v1/webhook", StringComparison.Ordinal))
        {
            _metrics.CountWebhook(WebhookOutcomes.Unauthorized);
        }

        http.Response.Headers[HeaderNames.WWWAuthenticate] = _secret.Challenge;
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: problem);
    }

    /// <summary>Reads the body once to check it, then rewinds it for the endpoint.</summary>
    private async Task<string?> VerifySignatureAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var body = await _bodyReader.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return "The body is larger than webhook.maxBodyBytes and cannot be verified.";
        }

        request.Body.Position = 0;
        return _signature.Verify(request.Headers[HmacSignature.TimestampHeader],
            request.Headers[HmacSignature.SignatureHeader], body);
    }
}
