using System.Net;
using Caaa.Integrations.Http;

namespace Caaa.Integrations.Alertmanager;

/// <summary>
/// A 400 from Alertmanager is final (an invalid or past silence, or a UTF-8 name a classic-mode
/// server refuses); expiring a silence that already expired is not worth a retry either.
/// </summary>
internal static class AlertmanagerErrorClassifier
{
    public static async Task<UpstreamError> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var message = await ResponseText.ReadErrorMessageAsync(response, cancellationToken);
        return Classify(response.StatusCode, message);
    }

    public static UpstreamError Classify(HttpStatusCode status, string message)
    {
        var text = $"Alertmanager answered {(int)status}: {message}";
        return message.Contains("already expired", StringComparison.OrdinalIgnoreCase)
            ? new UpstreamError(UpstreamFailure.Rejected, false, text)
            : StatusClassifier.Classify(status, text);
    }

    public static bool IsAlreadyExpired(string message) =>
        message.Contains("already expired", StringComparison.OrdinalIgnoreCase);
}
