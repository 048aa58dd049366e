using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Caaa.Integrations.Http;

/// <summary>Turns transport and pipeline exceptions into classified <see cref="UpstreamException"/>s.</summary>
internal static class UpstreamExceptions
{
    /// <returns>Null when the exception is the caller's own cancellation, which must propagate as is.</returns>
    public static UpstreamException? Translate(string upstream, Exception exception, CancellationToken callerToken) =>
        exception switch
        {
            UpstreamException known => known,

            // Refit wraps transport failures (refused connection, untrusted certificate) in its own type.
            Refit.ApiRequestException { InnerException: { } inner } => Translate(upstream, inner, callerToken),
            OperationCanceledException when callerToken.IsCancellationRequested => null,
            TimeoutRejectedException => new(upstream, UpstreamFailure.Timeout, true,
                $"{upstream} did not answer in time.", exception),
            OperationCanceledException => new(upstream, UpstreamFailure.Timeout, true,
                $"{upstream} did not answer in time.", exception),
            BrokenCircuitException => new(upstream, UpstreamFailure.Unavailable, true,
                $"{upstream} is failing; calls are paused by the circuit breaker.", exception),
            HttpRequestException => new(upstream, UpstreamFailure.Unavailable, true,
                $"{upstream} could not be reached: {exception.Message}", exception),
            JsonException => new(upstream, UpstreamFailure.InvalidResponse, false,
                $"{upstream} sent malformed JSON: {exception.Message}", exception),
            _ => null,
        };
}
