namespace Caaa.Integrations;

/// <summary>The fixed <c>upstream</c> label values.</summary>
public static class UpstreamNames
{
    public const string Prometheus = "prometheus";
    public const string Alertmanager = "alertmanager";
    public const string Grafana = "grafana";
    public const string Calendar = "calendar";
    public const string Deployments = "deployments";
}
