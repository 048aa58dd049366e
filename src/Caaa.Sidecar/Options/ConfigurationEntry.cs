namespace Caaa.Sidecar.Options;

/// <summary>One configuration value as a source gave it, with the file or variable it came from.</summary>
/// <param name="Key">The configuration path, <c>silencing:maxActive</c>.</param>
/// <param name="Origin">What an error names: the YAML file's path or the environment variable.</param>
/// <param name="IsEmpty">The value is an empty list or section (<c>[]</c>, <c>{}</c>), which binds to nothing.</param>
internal sealed record ConfigurationEntry(string Key, string? Value, string Origin, bool IsEmpty = false);
