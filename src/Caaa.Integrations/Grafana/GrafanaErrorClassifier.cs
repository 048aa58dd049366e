using Caaa.Integrations.Http;

namespace Caaa.Integrations.Grafana;

internal static class GrafanaErrorClassifier
{
    public static async Task<UpstreamError> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var message = await ResponseText.ReadErrorMessageAsync(response, cancellationToken);
        return StatusClassifier.Classify(response.StatusCode, $"Grafana answered {(int)response.StatusCode}: {message}");
    }
}
