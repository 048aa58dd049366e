using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Http;
using Caaa.Integrations.Prometheus;
using Microsoft.Extensions.DependencyInjection;

namespace Caaa.Integrations.Tests.Cases;

/// <summary>Builds the real clients through the real registrations, pointed at WireMock, with tiny backoffs.</summary>
internal static class ClientFactory
{
    public static ServiceProvider Prometheus(
        Uri baseUrl,
        Action<PrometheusOptions>? configure = null,
        IUpstreamObserver? observer = null,
        TimeProvider? timeProvider = null) =>
        Build(services => services.AddCaaaPrometheus(o =>
        {
            Fast(o, baseUrl);
            configure?.Invoke(o);
        }), observer, timeProvider);

    public static ServiceProvider Alertmanager(
        Uri baseUrl,
        Action<AlertmanagerOptions>? configure = null,
        IUpstreamObserver? observer = null,
        TimeProvider? timeProvider = null) =>
        Build(services => services.AddCaaaAlertmanager(o =>
        {
            Fast(o, baseUrl);
            configure?.Invoke(o);
        }), observer, timeProvider);

    public static ServiceProvider Grafana(
        Uri baseUrl,
        Action<GrafanaOptions>? configure = null,
        IUpstreamObserver? observer = null) =>
        Build(services => services.AddCaaaGrafana(o =>
        {
            Fast(o, baseUrl);
            o.BearerToken = "glsa_test_token";
            configure?.Invoke(o);
        }), observer, null);

    private static ServiceProvider Build(
        Action<IServiceCollection> register,
        IUpstreamObserver? observer,
        TimeProvider? timeProvider)
    {
        var services = new ServiceCollection();
        if (observer is not null)
        {
            services.AddSingleton(observer);
        }

        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.ConfigureHttpClientDefaults(builder => builder.AddHttpMessageHandler(() => new ServerClockHandler()));
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static void Fast(UpstreamOptions options, Uri baseUrl)
    {
        options.BaseUrl = baseUrl;
        options.MaxRetryAttempts = 2;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(5);
    }
}
