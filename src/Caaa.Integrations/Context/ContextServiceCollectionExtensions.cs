using System.Net;
using Caaa.Integrations.Calendars;
using Caaa.Integrations.Deployments;
using Caaa.Integrations.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Caaa.Integrations.Context;

/// <summary>Wires the configured calendar and deployment sources and the <see cref="ContextGatherer"/>.</summary>
internal static class ContextServiceCollectionExtensions
{
    private const string ClientPrefix = "caaa-context-";

    /// <summary>
    /// Registers every configured source (each remote one behind <see cref="CachedContextSource"/> and an
    /// HTTP client with the standard resilience handler), the pushed-events store (in memory unless an
    /// <see cref="IPushedEvents"/> is already registered) and the gatherer. Calling it again does nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are invalid; the message names every key.</exception>
    public static IServiceCollection AddCaaaContextSources(
        this IServiceCollection services,
        ContextSourcesOptions options)
    {
        if (services.Any(d => d.ServiceType == typeof(ContextSourcesOptions)))
        {
            return services;
        }

        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid context source configuration: " + string.Join(" ", problems));
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        AddCalendars(services, options);
        AddDeployments(services, options);
        AddPushedEvents(services, options);

        services.TryAddSingleton(sp => new ContextGatherer(
            sp.GetServices<IContextSource>(),
            options.Gatherer,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ContextGatherer>>(),
            sp.GetService<IContextFailureObserver>()));
        return services;
    }

    private static void AddCalendars(IServiceCollection services, ContextSourcesOptions options)
    {
        foreach (var calendar in options.Calendars)
        {
            AddClient(services, calendar.Name, calendar.Timeout, options.CaFile);
            AddCached(services, options, ContextUpstreams.Calendar, sp => new IcsCalendarSource(
                calendar,
                calendar.Url is null ? null : Client(sp, calendar.Name),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<IcsCalendarSource>>() ?? NullLogger<IcsCalendarSource>.Instance));
        }

        foreach (var api in options.JsonEvents)
        {
            AddClient(services, api.Name, options.Cache.Timeout, options.CaFile);
            AddCached(
                services, options, ContextUpstreams.Calendar, sp => new JsonEventsSource(api, Client(sp, api.Name)));
        }

        if (options.StaticEvents.Count > 0)
        {
            // Built now, so a bad entry fails start-up with its key rather than the first incident.
            var staticEvents = new StaticEventsSource(options.StaticEvents);
            services.AddSingleton<IContextSource>(staticEvents);
        }
    }

    private static void AddDeployments(IServiceCollection services, ContextSourcesOptions options)
    {
        foreach (var argo in options.Deployments.ArgoCd)
        {
            AddClient(services, argo.Name, options.Cache.Timeout, options.CaFile);
            AddCached(
                services,
                options,
                ContextUpstreams.Deployments,
                sp => new ArgoCdDeploymentsSource(argo, Client(sp, argo.Name)));
        }

        foreach (var github in options.Deployments.GitHub)
        {
            AddClient(services, github.Name, options.Cache.Timeout, options.CaFile);
            AddCached(
                services,
                options,
                ContextUpstreams.Deployments,
                sp => new GitHubDeploymentsSource(github, Client(sp, github.Name)));
        }

        foreach (var gitlab in options.Deployments.GitLab)
        {
            AddClient(services, gitlab.Name, options.Cache.Timeout, options.CaFile);
            AddCached(
                services,
                options,
                ContextUpstreams.Deployments,
                sp => new GitLabDeploymentsSource(gitlab, Client(sp, gitlab.Name)));
        }
    }

    private static void AddPushedEvents(IServiceCollection services, ContextSourcesOptions options)
    {
        if (!options.PushedEvents.Enabled)
        {
            return;
        }

        services.TryAddSingleton<IPushedEvents>(sp =>
            new InMemoryPushedEvents(options.PushedEvents, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IContextSource>(sp => new PushedEventsSource(sp.GetRequiredService<IPushedEvents>()));
    }

    private static void AddCached(
        IServiceCollection services,
        ContextSourcesOptions options,
        string upstream,
        Func<IServiceProvider, IContextSource> create) =>
        services.AddSingleton<IContextSource>(sp =>
            new CachedContextSource(create(sp), upstream, options.Cache, sp.GetRequiredService<TimeProvider>()));

    /// <summary>
    /// A named client per source. The sources are singletons that keep their client, so connections are
    /// recycled by the handler's pooled lifetime instead of the factory's handler rotation. The standard
    /// resilience handler retries only transient failures (5xx, 408, 429, network errors) with jittered
    /// back-off. <paramref name="timeout"/> bounds the whole call (the source or the cache enforces it
    /// too); each attempt gets a third of it so that a retry still fits. <paramref name="caFile"/> adds
    /// trusted roots, as for the other upstreams.
    /// </summary>
    private static void AddClient(IServiceCollection services, string name, TimeSpan timeout, string? caFile)
    {
        services.AddHttpClient(ClientPrefix + name)
            .ConfigurePrimaryHttpMessageHandler(() => UpstreamTls.Trusting(
                new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = DecompressionMethods.All,
                },
                caFile))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.UseJitter = true;
                resilience.AttemptTimeout.Timeout = timeout / 3;
                resilience.TotalRequestTimeout.Timeout = timeout;
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, timeout.TotalSeconds));
            });
    }

    private static HttpClient Client(IServiceProvider services, string name) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientPrefix + name);
}
