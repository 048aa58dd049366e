namespace Caaa.Integrations.Alertmanager;

/// <summary>A silence matcher as Alertmanager's API spells it; CAAA only ever sends exact, positive ones.</summary>
public sealed record Matcher(string Name, string Value, bool IsRegex = false, bool IsEqual = true);
