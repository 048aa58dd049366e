namespace Caaa.Core.Context;

/// <summary>
/// Something planned that may explain an alert. <see cref="Services"/> empty means "every service".
/// <see cref="ExpectedLoadMultiplier"/> is what the planner announced (null when not stated).
/// </summary>
public sealed record ContextEvent(
    ContextEventKind Kind,
    string Name,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<string> Services,
    string Source,
    double? ExpectedLoadMultiplier = null)
{
    public bool Covers(DateTimeOffset instant) => instant >= Start && (End is null || instant < End);

    public bool AppliesTo(string service) =>
        Services.Count == 0 || Services.Contains(service, StringComparer.OrdinalIgnoreCase);
}
