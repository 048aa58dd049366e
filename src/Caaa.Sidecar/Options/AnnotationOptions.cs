namespace Caaa.Sidecar.Options;

internal sealed class AnnotationOptions
{
    /// <summary>Whether Grafana annotations are written. Default value: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The dashboard to attach annotations to; null makes them organisation-wide.</summary>
    public string? DashboardUid { get; set; }

    public int? PanelId { get; set; }
}
