using System.Text.Json.Serialization;

namespace Caaa.Sidecar.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>ProblemDetails for every client error; non-finite numbers as "NaN" strings, never bare.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals);
        return services;
    }

    public static IEndpointRouteBuilder MapCaaaApis(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapWebhookApi().MapEventsApi().MapAttributionsApi().MapFeedbackApi();
}
