using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Prometheus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Caaa.Integrations.Tests.Cases;

public sealed class RegistrationTests
{
    [Fact]
    public void AddCaaaClients_CalledTwice_RegisteredOnce()
    {
        var services = new ServiceCollection();

        for (var i = 0; i < 2; i++)
        {
            services.AddCaaaPrometheus(o => o.BaseUrl = new Uri("http://prometheus.example.test:9090"));
            services.AddCaaaAlertmanager(o => o.BaseUrl = new Uri("http://alertmanager.example.test:9093"));
            services.AddCaaaGrafana(o => o.BaseUrl = new Uri("http://grafana.example.test:3000"));
        }

        Assert.Single(services, d => d.ServiceType == typeof(IPrometheusClient));
        Assert.Single(services, d => d.ServiceType == typeof(ISilenceClient));
        Assert.Single(services, d => d.ServiceType == typeof(IAnnotationClient));
        Assert.Single(services, d => d.ServiceType == typeof(IUpstreamObserver));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<NullUpstreamObserver>(provider.GetRequiredService<IUpstreamObserver>());
    }

    [Fact]
    public void AddCaaaPrometheus_InvalidOptions_ErrorNamesTheKey()
    {
        var services = new ServiceCollection();
        services.AddCaaaPrometheus(o =>
        {
            o.BaseUrl = new Uri("ftp://prometheus.example.test");
            o.PathPrefix = "prometheus";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PrometheusOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Prometheus:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Prometheus:PathPrefix", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCaaaAlertmanager_SidecarObserver_WinsOverDefault()
    {
        var services = new ServiceCollection();
        var observer = new RecordingObserver();
        services.AddCaaaAlertmanager(o => o.BaseUrl = new Uri("http://alertmanager.example.test:9093"));
        services.AddSingleton<IUpstreamObserver>(observer);
        using var provider = services.BuildServiceProvider();

        var resolved = provider.GetRequiredService<IUpstreamObserver>();

        Assert.Same(observer, resolved);
    }
}
