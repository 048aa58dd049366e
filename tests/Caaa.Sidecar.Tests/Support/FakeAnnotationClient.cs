using Caaa.Integrations.Grafana;

namespace Caaa.Sidecar.Tests.Support;

internal sealed class FakeAnnotationClient : IAnnotationClient
{
    private long _next;

    public List<Annotation> Created { get; } = [];

    public List<(long Id, DateTimeOffset? End, string? Text)> Updates { get; } = [];

    public Task<long> CreateAsync(Annotation annotation, CancellationToken cancellationToken)
    {
        lock (Created)
        {
            Created.Add(annotation);
            return Task.FromResult(++_next);
        }
    }

    public Task UpdateAsync(long id, DateTimeOffset? end, string? text, CancellationToken cancellationToken)
    {
        lock (Created)
        {
            Updates.Add((id, end, text));
            return Task.CompletedTask;
        }
    }
}
