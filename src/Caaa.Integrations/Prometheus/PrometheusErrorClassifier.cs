using System.Net;
using System.Text.Json;
using Caaa.Integrations.Http;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Classifies a failed query by status first, then by <c>errorType</c> and message, because Mimir
/// reports some transient storage failures as 422 and some permanent limits as 422 too.
/// </summary>
internal static class PrometheusErrorClassifier
{
    // Checked first: a limit is permanent for this request even if the message also names a component.
    private static readonly string[] LimitMarkers =
        ["exceeds the limit", "exceeded maximum", "limit:", "err-mimir-max", "too many", "maximum resolution"];

    private static readonly string[] TransientMarkers =
        ["store-gateway", "chunks stream", "stream has failed", "connection force closed",
         "connection is closing", "code = unavailable", "code = internal", "ingester"];

    public static async Task<UpstreamError> ClassifyAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var message = await ResponseText.ReadErrorMessageAsync(response, cancellationToken);
        var errorType = ResponseText.IsJson(response)
            ? await ResponseText.ReadErrorTypeAsync(response, cancellationToken)
            : null;
        return Classify(response.StatusCode, errorType, message);
    }

    public static UpstreamError Classify(HttpStatusCode status, string? errorType, string message)
    {
        var text = $"Prometheus answered {(int)status}{(errorType is null ? "" : $" ({errorType})")}: {message}";
        if ((int)status == 422)
        {
            return ClassifyExecution(message, text);
        }

        var byStatus = StatusClassifier.Classify(status, text);
        return errorType == "timeout" ? byStatus with { Reason = UpstreamFailure.Timeout } : byStatus;
    }

    /// <summary>A 200 whose envelope still says <c>"status":"error"</c>.</summary>
    public static UpstreamException FromErrorEnvelope(JsonElement root)
    {
        var errorType = root.TryGetProperty("errorType", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        var message = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
            ? e.GetString() ?? ""
            : "status is not 'success'";
        var error = errorType switch
        {
            "bad_data" => Classify(HttpStatusCode.BadRequest, errorType, message),
            "execution" => Classify(HttpStatusCode.UnprocessableEntity, errorType, message),
            "timeout" or "canceled" or "unavailable" => Classify(HttpStatusCode.ServiceUnavailable, errorType, message),
            _ => new UpstreamError(UpstreamFailure.InvalidResponse, false,
                $"Prometheus reported an error without a usable type: {message}"),
        };
        return error.ToException(UpstreamNames.Prometheus);
    }

    private static UpstreamError ClassifyExecution(string message, string text)
    {
        if (ContainsAny(message, LimitMarkers))
        {
            return new UpstreamError(UpstreamFailure.Rejected, false, text);
        }

        return ContainsAny(message, TransientMarkers)
            ? new UpstreamError(UpstreamFailure.Unavailable, true, text)
            : new UpstreamError(UpstreamFailure.Rejected, false, text);
    }

    private static bool ContainsAny(string message, string[] markers) =>
        markers.Any(marker => message.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
