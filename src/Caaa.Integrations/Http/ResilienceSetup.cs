using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Caaa.Integrations.Http;

/// <summary>
/// The resilience handler every upstream client gets: a total timeout, a bounded exponential retry
/// with jitter, a circuit breaker and a per-attempt timeout, all steered by the upstream's own
/// classification of its failures.
/// </summary>
internal static class ResilienceSetup
{
    public static IHttpClientBuilder AddUpstreamResilience<TOptions>(
        this IHttpClientBuilder builder,
        string upstream,
        Func<IServiceProvider, TOptions> options,
        RetryDecision decision)
        where TOptions : UpstreamOptions
    {
        builder.ConfigureHttpClient((services, client) =>
        {
            // The pipeline's timeouts bound each call; HttpClient's own default of 100 s must not cut in first.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });

        builder.AddResilienceHandler($"caaa-{upstream}", (pipeline, context) =>
        {
            var o = options(context.ServiceProvider);
            pipeline.AddTimeout(o.Timeout);
            if (o.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(CreateRetry(o, decision));
            }

            pipeline
                .AddCircuitBreaker(CreateCircuitBreaker(o, decision))
                .AddTimeout(o.AttemptTimeout);
        });

        return builder;
    }

    private static HttpRetryStrategyOptions CreateRetry(UpstreamOptions options, RetryDecision decision) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.RetryMaxDelay,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => decision.ShouldRetryAsync(args.Outcome, args.Context),
    };

    private static HttpCircuitBreakerStrategyOptions CreateCircuitBreaker(
        UpstreamOptions options,
        RetryDecision decision) => new()
    {
        BreakDuration = options.CircuitBreakDuration,
        FailureRatio = 0.5,
        MinimumThroughput = 10,
        SamplingDuration = TimeSpan.FromSeconds(30),
        ShouldHandle = args => decision.IsUpstreamFaultAsync(args.Outcome, args.Context),
    };
}
