namespace Caaa.Integrations.Grafana;

/// <summary>Grafana's annotations API: region annotations in epoch milliseconds.</summary>
public interface IAnnotationClient
{
    Task<long> CreateAsync(Annotation annotation, CancellationToken cancellationToken);

    /// <summary>Patches the end (and text) of a region, e.g. when the alert resolves.</summary>
    Task UpdateAsync(long id, DateTimeOffset? end, string? text, CancellationToken cancellationToken);
}
