using Caaa.Integrations.Grafana.Wire;
using Refit;

namespace Caaa.Integrations.Grafana;

/// <summary>The raw annotations API; bodies of replies are read by hand (Grafana's shapes vary).</summary>
internal interface IGrafanaApi
{
    [Post("/api/annotations")]
    Task<HttpResponseMessage> CreateAnnotationAsync([Body] PostAnnotationWire annotation, CancellationToken cancellationToken);

    [Patch("/api/annotations/{id}")]
    Task<HttpResponseMessage> PatchAnnotationAsync(long id, [Body] PatchAnnotationWire patch, CancellationToken cancellationToken);

    /// <summary><c>dashboardUID</c> with exactly this casing: Grafana ignores unknown spellings and
    /// then returns the annotations of every dashboard.</summary>
    [Get("/api/annotations")]
    Task<HttpResponseMessage> FindAnnotationsAsync(
        [AliasAs("dashboardUID")] string dashboardUid,
        long from,
        long to,
        [Query(CollectionFormat.Multi)] IEnumerable<string> tags,
        CancellationToken cancellationToken);
}
