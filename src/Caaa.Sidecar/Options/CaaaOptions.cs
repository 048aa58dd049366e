namespace Caaa.Sidecar.Options;

/// <summary>The whole sidecar configuration; YAML keys are the camelCase of these properties.</summary>
internal sealed class CaaaOptions
{
    public WebhookOptions Webhook { get; set; } = new();

    public StoreOptions Store { get; set; } = new();

    public QueueOptions Queue { get; set; } = new();

    public EvidenceOptions Evidence { get; set; } = new();

    public SilencingOptions Silencing { get; set; } = new();

    public AnnotationOptions Annotations { get; set; } = new();

    public ModelOptions Model { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();
}
