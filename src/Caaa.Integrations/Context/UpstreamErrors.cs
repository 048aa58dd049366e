using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Caaa.Integrations.Context;

/// <summary>Turns what an HTTP call or a parser threw into a classified <see cref="UpstreamException"/>.</summary>
internal static class UpstreamErrors
{
    public static UpstreamException FromStatus(string upstream, string sourceName, HttpStatusCode status)
    {
        var code = (int)status;
        var transient = code is 408 or 429 || code >= 500;
        var reason = transient ? UpstreamFailure.Unavailable : UpstreamFailure.Rejected;
        return new UpstreamException(
            upstream, reason, transient, $"{sourceName}: the server answered HTTP {code}.");
    }

    public static UpstreamException Invalid(
        string upstream,
        string sourceName,
        string detail,
        Exception? inner = null) =>
        new(upstream, UpstreamFailure.InvalidResponse, retryable: false, $"{sourceName}: {detail}", inner);

    /// <summary>Classifies an exception that is not yet an <see cref="UpstreamException"/>.</summary>
    public static UpstreamException Classify(string upstream, string sourceName, Exception exception) =>
        exception switch
        {
            UpstreamException upstreamException => upstreamException,
            TimeoutException or TimeoutRejectedException or OperationCanceledException =>
                Failure(upstream, UpstreamFailure.Timeout, true, $"{sourceName}: no answer in time.", exception),
            HttpRequestException or IOException or BrokenCircuitException =>
                Failure(upstream, UpstreamFailure.Unavailable, true, $"{sourceName}: {exception.Message}", exception),
            JsonException or FormatException or InvalidDataException =>
                Invalid(upstream, sourceName, $"unreadable answer: {exception.Message}", exception),
            _ => Failure(upstream, UpstreamFailure.Unavailable, false, $"{sourceName}: {exception.Message}", exception),
        };

    private static UpstreamException Failure(
        string upstream,
        UpstreamFailure reason,
        bool retryable,
        string message,
        Exception inner) =>
        new(upstream, reason, retryable, message, inner);
}
