using Caaa.Integrations.Http;

namespace Caaa.Integrations.Prometheus;

/// <summary>Where and how to query a Prometheus-compatible API (Prometheus, Thanos, Mimir, VictoriaMetrics).</summary>
public sealed class PrometheusOptions : UpstreamOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Prometheus";

    /// <summary>Path in front of <c>/api/v1</c>, e.g. <c>/prometheus</c> for Mimir. Default value: none.</summary>
    public string? PathPrefix { get; set; }

    /// <summary>Sent as <c>X-Scope-OrgID</c> for multi-tenant backends (Mimir, Cortex, Thanos). Default: none.</summary>
    public string? TenantId { get; set; }

    /// <summary>How long an identical range query is answered from memory. Default value: 30 seconds.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most results kept in memory. Default value: 256.</summary>
    public int CacheCapacity { get; set; } = 256;

    /// <summary>Queries longer than this many characters are sent by form POST. Default value: 2000.</summary>
    public int PostQueryThreshold { get; set; } = 2000;

    /// <summary>The server's per-series point limit (Prometheus: 11,000). Default value: 11000.</summary>
    public int MaxPointsPerSeries { get; set; } = 11_000;

    public override IEnumerable<string> Validate(string section)
    {
        foreach (var error in base.Validate(section))
        {
            yield return error;
        }

        if (PathPrefix is { Length: > 0 } prefix && (!prefix.StartsWith('/') || prefix.Contains('?', StringComparison.Ordinal)))
        {
            yield return $"{section}:{nameof(PathPrefix)} must start with '/' and hold no query string.";
        }

        if (CacheTtl < TimeSpan.Zero || CacheCapacity < 1)
        {
            yield return $"{section}:{nameof(CacheTtl)} must not be negative and {section}:{nameof(CacheCapacity)} at least 1.";
        }

        if (PostQueryThreshold < 1 || MaxPointsPerSeries < 2)
        {
            yield return $"{section}:{nameof(PostQueryThreshold)} must be at least 1 and {section}:{nameof(MaxPointsPerSeries)} at least 2.";
        }
    }
}
