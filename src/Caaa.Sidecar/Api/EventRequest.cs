namespace Caaa.Sidecar.Api;

/// <summary>A pushed calendar event or deployment, as sent; every field nullable so validation can name it.</summary>
internal sealed record EventRequest(
    string? Kind,
    string? Name,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string?>? Services,
    double? ExpectedLoadMultiplier);
