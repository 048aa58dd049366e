namespace Caaa.Sidecar.Options;

internal sealed class MetricsOptions
{
    /// <summary>Distinct alertname or service values per metric label before "other". Default value: 200.</summary>
    public int MaxLabelValues { get; set; } = 200;
}
