namespace Caaa.Integrations.Alertmanager;

/// <param name="Reused">An identical active silence already existed and was returned instead.</param>
public sealed record SilenceResult(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Reused);
