namespace Caaa.Cli.Replay;

/// <summary>How a <see cref="ReplayStack"/> is started.</summary>
/// <param name="WorkDir">Holds the backfilled Prometheus data, the model, the configs and the servers' logs.</param>
internal sealed record ReplayStackOptions(string WorkDir)
{
    /// <summary>Endpoints Prometheus scrapes besides the sidecar (e.g. a live exposition of signals).</summary>
    public IReadOnlyList<Uri> ExtraScrapeTargets { get; init; } = [];

    /// <summary>The sidecar's <c>silencing.recheckInterval</c>.</summary>
    public string RecheckInterval { get; init; } = "1m";

    /// <summary>The sidecar's <c>silencing.recheckWindow</c>.</summary>
    public string RecheckWindow { get; init; } = "5m";

    /// <summary>The sidecar's <c>evidence.lookahead</c>.</summary>
    public string Lookahead { get; init; } = "15m";
}
