using Caaa.Core.Context;

namespace Caaa.Integrations.Context;

/// <summary>
/// Events and deployments pushed to CAAA by CI jobs and people (<c>POST /api/v1/events</c>). The sidecar
/// keeps them durably; <see cref="InMemoryPushedEvents"/> is the volatile stand-in for tests and the CLI.
/// </summary>
internal interface IPushedEvents
{
    Task AddAsync(ContextEvent contextEvent, CancellationToken cancellationToken);

    /// <summary>The pushed events that overlap [from, to), by start.</summary>
    Task<IReadOnlyList<ContextEvent>> QueryAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken);
}
