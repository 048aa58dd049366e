using System.Net;

namespace Caaa.Integrations.Http;

/// <summary>The status-code part of classification that every upstream shares.</summary>
internal static class StatusClassifier
{
    /// <summary>Mimir and nginx answer 499 when the client or an inner hop gave up; the work was not done.</summary>
    public const int ClientClosedRequest = 499;

    public static UpstreamError Classify(HttpStatusCode status, string message)
    {
        var code = (int)status;
        var retryable = code >= 500 || code == ClientClosedRequest || status is HttpStatusCode.TooManyRequests;
        var reason = status switch
        {
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => UpstreamFailure.Timeout,
            _ when retryable => UpstreamFailure.Unavailable,
            _ => UpstreamFailure.Rejected,
        };

        return new UpstreamError(reason, retryable || status is HttpStatusCode.RequestTimeout, message);
    }
}
