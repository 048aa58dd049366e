namespace Caaa.Sidecar.Api;

internal sealed record AttributionPage(IReadOnlyList<AttributionSummary> Items, int Page, int PageSize, int Total);
