namespace Caaa.Integrations.Deployments;

/// <summary>
/// Reads <c>status.history</c>. The latest deployment is the one with the largest id — ids keep growing
/// while old entries are dropped, so id 0 (or any fixed id) may be gone.
/// </summary>
internal static class ArgoCdHistory
{
    /// <exception cref="FormatException">An entry has no time at all; the message names its id.</exception>
    public static IReadOnlyList<ArgoCdDeployment> Read(ArgoCdApplication application) =>
        [.. (application.Status?.History ?? []).Select(ToDeployment).OrderBy(d => d.Id)];

    public static ArgoCdDeployment? Latest(IReadOnlyList<ArgoCdDeployment> deployments) =>
        deployments.MaxBy(d => d.Id);

    private static ArgoCdDeployment ToDeployment(ArgoCdHistoryEntry entry)
    {
        var deployedAt = entry.DeployedAt ?? entry.DeployStartedAt
            ?? throw new FormatException($"status.history id {entry.Id} has neither deployedAt nor deployStartedAt.");
        var (git, chart) = Revisions(entry);
        return new ArgoCdDeployment(entry.Id, deployedAt, entry.DeployStartedAt, git, chart);
    }

    private static (string? Git, string? Chart) Revisions(ArgoCdHistoryEntry entry)
    {
        string? git = null;
        string? chart = null;
        var sources = entry.Sources ?? [];
        var revisions = entry.Revisions ?? [];
        for (var i = 0; i < Math.Min(sources.Count, revisions.Count); i++)
        {
            if (sources[i].IsChart)
            {
                chart ??= NullIfEmpty(revisions[i]);
            }
            else
            {
                git ??= NullIfEmpty(revisions[i]);
            }
        }

        var single = NullIfEmpty(entry.Revision);
        if (sources.Count == 0 && entry.Source?.IsChart == true)
        {
            return (git, chart ?? single);
        }

        return (git ?? single, chart);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
