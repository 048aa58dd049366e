namespace Caaa.Sidecar.Options;

internal sealed class WebhookOptions
{
    /// <summary>Largest accepted request body in bytes; larger bodies get 413. Default value: 1 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public WebhookAuthOptions Auth { get; set; } = new();
}
