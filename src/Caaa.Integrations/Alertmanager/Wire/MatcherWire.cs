using System.Text.Json.Serialization;

namespace Caaa.Integrations.Alertmanager.Wire;

/// <summary>
/// A matcher as the v2 API spells it. <c>isEqual</c> is always written (an absent one was read as
/// negative by 0.22.0); when reading, absent means positive, the only kind older servers knew.
/// </summary>
internal sealed record MatcherWire(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("isRegex")] bool IsRegex,
    [property: JsonPropertyName("isEqual")] bool? IsEqual)
{
    public static MatcherWire From(Matcher matcher) =>
        new(matcher.Name, matcher.Value, matcher.IsRegex, matcher.IsEqual);

    public Matcher ToMatcher() => new(Name, Value, IsRegex, IsEqual ?? true);
}
