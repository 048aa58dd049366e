using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace Caaa.Integrations.Http;

/// <summary>
/// Decides, per outcome, whether another attempt is safe and useful. Only failures the upstream's
/// classifier calls retryable are retried, and a request that is not replayable (creating a silence
/// or an annotation) is only retried when it provably never reached the server.
/// </summary>
internal sealed class RetryDecision
{
    private readonly Func<HttpResponseMessage, CancellationToken, Task<UpstreamError>> _classify;
    private readonly Func<HttpRequestMessage, bool> _isReplayable;

    public RetryDecision(
        Func<HttpResponseMessage, CancellationToken, Task<UpstreamError>> classify,
        Func<HttpRequestMessage, bool> isReplayable)
    {
        _classify = classify;
        _isReplayable = isReplayable;
    }

    /// <summary>Replayable: everything but POST; a Prometheus query sent by POST is read-only and says so.</summary>
    public static bool IsReplayableByMethod(HttpRequestMessage request) => request.Method != HttpMethod.Post;

    public async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        var replayable = request is not null && _isReplayable(request);

        if (outcome.Exception is { } exception)
        {
            return replayable ? IsTransient(exception) : NeverReachedServer(exception);
        }

        if (!replayable || outcome.Result is not { IsSuccessStatusCode: false } response)
        {
            return false;
        }

        var error = await _classify(response, context.CancellationToken);
        return error.Retryable;
    }

    /// <summary>For the circuit breaker: did the upstream misbehave, whatever the request was.</summary>
    public async ValueTask<bool> IsUpstreamFaultAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Exception is { } exception)
        {
            return IsTransient(exception);
        }

        if (outcome.Result is not { IsSuccessStatusCode: false } response)
        {
            return false;
        }

        var error = await _classify(response, context.CancellationToken);
        return error.Retryable;
    }

    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException;

    private static bool NeverReachedServer(Exception exception) =>
        exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError
                or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError,
        };
}
