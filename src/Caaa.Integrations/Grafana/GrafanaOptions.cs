using Caaa.Integrations.Http;

namespace Caaa.Integrations.Grafana;

/// <summary>Where Grafana is; authenticate with a service-account token in <see cref="UpstreamOptions.BearerToken"/>.</summary>
public sealed class GrafanaOptions : UpstreamOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Grafana";
}
