using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caaa.Sidecar.Webhook;

internal static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddWebhook(this IServiceCollection services)
    {
        services.TryAddSingleton<WebhookSecret>();
        services.TryAddSingleton<HmacSignature>();
        services.TryAddSingleton<PushAuthorizationFilter>();
        services.TryAddSingleton<BoundedBodyReader>();
        services.TryAddSingleton<WebhookReceiver>();
        return services;
    }
}
