using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Caaa.Integrations.Http;

/// <summary>The wiring every upstream shares: options, a generated Refit client, credentials, resilience.</summary>
internal static class UpstreamRegistration
{
    public static OptionsBuilder<TOptions> AddUpstreamOptions<TOptions>(
        this IServiceCollection services,
        string section,
        IConfiguration? configuration,
        Action<TOptions>? configure)
        where TOptions : UpstreamOptions
    {
        var builder = services.AddOptions<TOptions>();
        if (configuration is not null)
        {
            builder.Bind(configuration);
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(
            new UpstreamOptionsValidator<TOptions>(section)));
        builder.ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUpstreamObserver>(NullUpstreamObserver.Instance);
        return builder;
    }

    /// <returns>Null when the client was registered already (the Add methods are idempotent).</returns>
    public static IHttpClientBuilder? TryAddUpstreamClient<TApi, TOptions>(
        this IServiceCollection services,
        string upstream,
        RefitSettings settings,
        Func<TOptions, Uri> baseAddress,
        RetryDecision decision)
        where TApi : class
        where TOptions : UpstreamOptions
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(TApi)))
        {
            return null;
        }

        static TOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<TOptions>>().Value;

        return services
            .AddRefitGeneratedClient<TApi>(settings)
            .ConfigureHttpClient((provider, client) => client.BaseAddress = baseAddress(Options(provider)))
            .ConfigurePrimaryHttpMessageHandler(provider => UpstreamTls.CreateHandler(Options(provider)))
            .AddHttpMessageHandler(provider => new AuthorizationHandler(
                Options(provider), upstream, provider.GetRequiredService<TimeProvider>()))
            .AddUpstreamResilience(upstream, Options, decision);
    }

    /// <summary>Refit appends each route to the base address's path; a trailing slash keeps that path.</summary>
    public static Uri WithTrailingSlash(Uri url) => new(url.AbsoluteUri.TrimEnd('/') + "/");
}
