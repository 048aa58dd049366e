using Caaa.Integrations.Alertmanager.Wire;
using Caaa.Integrations.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Caaa.Integrations.Alertmanager;

public static class AlertmanagerServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISilenceClient"/> bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddCaaaAlertmanager(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<AlertmanagerOptions>? configure = null) =>
        services.AddCaaaAlertmanagerCore(configuration, configure);

    /// <summary>Registers <see cref="ISilenceClient"/> configured in code.</summary>
    public static IServiceCollection AddCaaaAlertmanager(
        this IServiceCollection services,
        Action<AlertmanagerOptions> configure) =>
        services.AddCaaaAlertmanagerCore(null, configure);

    private static IServiceCollection AddCaaaAlertmanagerCore(
        this IServiceCollection services,
        IConfiguration? configuration,
        Action<AlertmanagerOptions>? configure)
    {
        services.AddUpstreamOptions(AlertmanagerOptions.Section, configuration, configure);
        services.TryAddSingleton<AlertmanagerServerInfo>();
        services.TryAddTransient<ISilenceClient, SilenceClient>();

        // Creating a silence is not idempotent: POST is only retried when it never reached the server.
        var decision = new RetryDecision(AlertmanagerErrorClassifier.ClassifyAsync, RetryDecision.IsReplayableByMethod);
        var settings = RefitSettings.ForJsonContext(AlertmanagerJsonContext.Wire);
        services.TryAddUpstreamClient<IAlertmanagerApi, AlertmanagerOptions>(
            UpstreamNames.Alertmanager, settings, o => UpstreamRegistration.WithTrailingSlash(o.BaseUrl!), decision);
        return services;
    }
}
