using Caaa.Integrations.Alertmanager.Wire;
using Refit;

namespace Caaa.Integrations.Alertmanager;

/// <summary>
/// The raw v2 API. Responses stay <see cref="HttpResponseMessage"/>: the <c>Date</c> header is
/// Alertmanager's clock, and error bodies are read as text before anything else.
/// </summary>
internal interface IAlertmanagerApi
{
    [Get("/api/v2/status")]
    Task<HttpResponseMessage> GetStatusAsync(CancellationToken cancellationToken);

    [Get("/api/v2/silences")]
    Task<HttpResponseMessage> ListSilencesAsync(CancellationToken cancellationToken);

    [Post("/api/v2/silences")]
    Task<HttpResponseMessage> PostSilenceAsync([Body] PostableSilenceWire silence, CancellationToken cancellationToken);

    [Get("/api/v2/silence/{silenceId}")]
    Task<HttpResponseMessage> GetSilenceAsync(string silenceId, CancellationToken cancellationToken);

    [Delete("/api/v2/silence/{silenceId}")]
    Task<HttpResponseMessage> DeleteSilenceAsync(string silenceId, CancellationToken cancellationToken);
}
