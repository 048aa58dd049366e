namespace Caaa.Integrations.Deployments;

/// <summary>Event names such as <c>deploy cartservice 4e1c0a9</c> or <c>deploy shop 4e1c0a9 chart 2.6.3</c>.</summary>
internal static class DeploymentNames
{
    public static string Describe(string target, string? revision, string? chartVersion = null)
    {
        var parts = new List<string> { "deploy", target };
        if (!string.IsNullOrWhiteSpace(revision))
        {
            parts.Add(Short(revision));
        }

        if (!string.IsNullOrWhiteSpace(chartVersion))
        {
            parts.Add($"chart {chartVersion}");
        }

        return string.Join(' ', parts);
    }

    /// <summary>A 40-hex-digit commit is shortened to 7 like git does; refs and tags are kept whole.</summary>
    private static string Short(string revision) =>
        revision.Length == 40 && revision.All(char.IsAsciiHexDigit) ? revision[..7] : revision;
}
