namespace Caaa.Integrations.Prometheus;

/// <summary>Adds <c>X-Scope-OrgID</c>, the tenant header of Mimir, Cortex and multi-tenant Thanos.</summary>
internal sealed class TenantHeaderHandler : DelegatingHandler
{
    public const string HeaderName = "X-Scope-OrgID";

    private readonly string _tenantId;

    public TenantHeaderHandler(string tenantId)
    {
        _tenantId = tenantId;
    }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, _tenantId);
        return base.SendAsync(request, cancellationToken);
    }
}
