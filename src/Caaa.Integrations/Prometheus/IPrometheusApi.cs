using Refit;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// The raw query API. Responses stay <see cref="HttpResponseMessage"/> on purpose: status and content
/// type are checked before any JSON is read, because a restarting Prometheus answers in plain text.
/// </summary>
internal interface IPrometheusApi
{
    [Get("/api/v1/query_range")]
    Task<HttpResponseMessage> QueryRangeAsync(
        string query,
        string start,
        string end,
        string step,
        CancellationToken cancellationToken);

    /// <summary>The same query as a form POST, for expressions too long for a URL.</summary>
    [Post("/api/v1/query_range")]
    Task<HttpResponseMessage> QueryRangeByPostAsync(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        CancellationToken cancellationToken);
}
