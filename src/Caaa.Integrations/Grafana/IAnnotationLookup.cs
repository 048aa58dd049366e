namespace Caaa.Integrations.Grafana;

/// <summary>Finds existing annotations on one dashboard, so a repeated decision updates rather than duplicates.</summary>
public interface IAnnotationLookup
{
    Task<IReadOnlyList<FoundAnnotation>> FindAsync(
        string dashboardUid,
        DateTimeOffset from,
        DateTimeOffset to,
        IReadOnlyList<string> tags,
        CancellationToken cancellationToken);
}
