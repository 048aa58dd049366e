using Caaa.Integrations;
using Caaa.Integrations.Alertmanager;

namespace Caaa.Sidecar.Silencing;

/// <summary>Stands in until the integrations register an Alertmanager client; nothing can be silenced.</summary>
internal sealed class UnconfiguredSilenceClient : ISilenceClient
{
    public Task<SilenceResult> CreateAsync(SilenceRequest request, CancellationToken cancellationToken) =>
        throw Failure();

    public Task<string> ExtendAsync(string silenceId, DateTimeOffset newEnd, CancellationToken cancellationToken) =>
        throw Failure();

    public Task ExpireAsync(string silenceId, CancellationToken cancellationToken) => throw Failure();

    public Task<Silence?> GetAsync(string silenceId, CancellationToken cancellationToken) => throw Failure();

    public Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken) => throw Failure();

    private static UpstreamException Failure() =>
        new("alertmanager", UpstreamFailure.Unavailable, retryable: false, "No Alertmanager client is configured.");
}
