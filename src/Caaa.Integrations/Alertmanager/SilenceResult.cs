namespace Caaa.Integrations.Alertmanager;

/// <param name="Reused">An identical active silence already existed and was returned instead.</param>
public sealed record SilenceResult(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Reused)
{
    /// <summary>
    /// Nothing was sent because the window was already over on Alertmanager's clock; <see cref="Id"/>
    /// is empty and <see cref="EndsAt"/> is the end that would have applied.
    /// </summary>
    public bool Skipped { get; init; }

    internal static SilenceResult SkippedAt(DateTimeOffset serverNow, DateTimeOffset end) =>
        new("", serverNow, end, false) { Skipped = true };
}
