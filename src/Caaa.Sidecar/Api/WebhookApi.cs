using Caaa.Sidecar.Webhook;

namespace Caaa.Sidecar.Api;

internal static class WebhookApi
{
    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/webhook",
                (HttpContext context, WebhookReceiver receiver, CancellationToken cancellationToken) =>
                    receiver.ReceiveAsync(context, cancellationToken))
            .AddEndpointFilter<PushAuthorizationFilter>()
            .WithName("ReceiveAlertmanagerWebhook");
        return endpoints;
    }
}
