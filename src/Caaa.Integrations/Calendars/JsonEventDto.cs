namespace Caaa.Integrations.Calendars;

/// <summary>
/// One item of the JSON events API, camelCase on the wire:
/// <c>{"name":"Black Friday","start":"2026-11-27T00:00:00Z","end":"2026-11-28T00:00:00Z",
/// "services":["frontend"],"expectedLoadMultiplier":4.0,"kind":"calendar"}</c>.
/// <c>end</c>, <c>services</c> (empty = every service), <c>expectedLoadMultiplier</c> and <c>kind</c>
/// (<c>calendar</c> or <c>deployment</c>, default <c>calendar</c>) are optional.
/// </summary>
internal sealed record JsonEventDto(
    string? Name,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string>? Services,
    double? ExpectedLoadMultiplier,
    string? Kind);
