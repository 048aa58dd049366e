namespace Caaa.Integrations.Alertmanager;

/// <summary>Alertmanager's v2 silences API, with the local checks Alertmanager would apply.</summary>
public interface ISilenceClient
{
    /// <summary>Creates the silence (or reuses an identical active one) and returns its id.</summary>
    Task<SilenceResult> CreateAsync(SilenceRequest request, CancellationToken cancellationToken);

    /// <summary>Moves the end of an existing silence (Alertmanager replaces it; the new id is returned).</summary>
    Task<string> ExtendAsync(string silenceId, DateTimeOffset newEnd, CancellationToken cancellationToken);

    Task ExpireAsync(string silenceId, CancellationToken cancellationToken);

    Task<Silence?> GetAsync(string silenceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken);
}
