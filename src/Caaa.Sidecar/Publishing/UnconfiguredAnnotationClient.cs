using Caaa.Integrations;
using Caaa.Integrations.Grafana;

namespace Caaa.Sidecar.Publishing;

/// <summary>
/// Stands in until the integrations register a Grafana client. <see cref="AnnotationPublisher"/> knows it
/// and never calls it; a call anyway fails loudly.
/// </summary>
internal sealed class UnconfiguredAnnotationClient : IAnnotationClient
{
    public Task<long> CreateAsync(Annotation annotation, CancellationToken cancellationToken) => throw Failure();

    public Task UpdateAsync(long id, DateTimeOffset? end, string? text, CancellationToken cancellationToken) =>
        throw Failure();

    private static UpstreamException Failure() =>
        new("grafana", UpstreamFailure.Unavailable, retryable: false, "No Grafana client is configured.");
}
