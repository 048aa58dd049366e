using Caaa.Core.Attribution;

namespace Caaa.Sidecar.Store;

internal sealed record AttributionFilter(AttributionClass? Class, string? AlertName, int Page, int PageSize);
