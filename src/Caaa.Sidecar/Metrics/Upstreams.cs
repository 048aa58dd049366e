namespace Caaa.Sidecar.Metrics;

internal static class Upstreams
{
    public const string Prometheus = "prometheus";
    public const string Alertmanager = "alertmanager";
    public const string Grafana = "grafana";
    public const string Calendar = "calendar";
    public const string Deployments = "deployments";

    public static IReadOnlyList<string> All { get; } = [Prometheus, Alertmanager, Grafana, Calendar, Deployments];
}
