namespace Caaa.Cli.Replay;

/// <summary>An alert as Alertmanager's <c>POST /api/v2/alerts</c> takes it.</summary>
internal sealed record ReplayAlert(
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt);
