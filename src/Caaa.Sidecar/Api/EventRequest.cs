namespace Caaa.Sidecar.Api;

/// <summary>A pushed calendar event or deployment.</summary>
internal sealed record EventRequest(
    string? Kind,
    string? Name,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string>? Services,
    double? ExpectedLoadMultiplier);
