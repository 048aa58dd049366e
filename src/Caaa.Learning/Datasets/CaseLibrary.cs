using Caaa.Core.Incidents;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Every dataset found under one data directory: real faults, normal traffic to grow synthetic load from,
/// and NAB's single-series incidents (kept apart: they are not microservice frames).
/// </summary>
internal sealed record CaseLibrary(
    IReadOnlyList<Incident> Faults,
    IReadOnlyList<NormalStretch> NormalStretches,
    IReadOnlyList<Incident> NabIncidents)
{
    /// <summary>
    /// Throws with a clear message unless <paramref name="dataDir"/> is an existing folder; commands call it before
    /// they create any output.
    /// </summary>
    public static void RequireDirectory(string dataDir)
    {
        if (File.Exists(dataDir))
        {
            throw new DirectoryNotFoundException(
                $"The data directory '{Path.GetFullPath(dataDir)}' is a file; point --data at a folder holding " +
                "nezha/, rcd-sockshop/, nab/ or RCAEval trees.");
        }

        if (!Directory.Exists(dataDir))
        {
            throw new DirectoryNotFoundException(
                $"The data directory '{Path.GetFullPath(dataDir)}' does not exist; fetch the data with " +
                "'caaa data fetch --to DIR' or point at a folder holding nezha/, rcd-sockshop/, nab/ or RCAEval trees.");
        }
    }

    /// <summary>
    /// Reads <c>nezha/</c>, <c>rcd-sockshop/</c>, <c>nab/</c> and any RCAEval tree (<c>rcaeval/</c>,
    /// <c>RE1*</c>, <c>RE2*</c>, <c>RE3*</c>) that exists under <paramref name="dataDir"/>.
    /// </summary>
    public static CaseLibrary Load(string dataDir, IProgress<string>? progress)
    {
        RequireDirectory(dataDir);
        var parts = new List<DatasetCases>();
        var nab = (IReadOnlyList<Incident>)[];
        var found = false;
        if (Sub(dataDir, "nezha") is { } nezha)
        {
            parts.Add(new NezhaReader().Read(nezha, progress));
            found = true;
        }

        if (Sub(dataDir, "rcd-sockshop") is { } rcd)
        {
            parts.Add(RcdSockShopReader.Read(rcd, progress));
            found = true;
        }

        if (Sub(dataDir, "nab") is { } nabDir)
        {
            nab = NabReader.Read(nabDir, progress);
            found = true;
        }

        foreach (var tree in RcaEvalTrees(dataDir))
        {
            parts.Add(RcaEvalReader.Read(tree, progress));
            found = true;
        }

        if (!found)
        {
            throw new DirectoryNotFoundException(
                $"No dataset under '{Path.GetFullPath(dataDir)}': looked for nezha/, rcd-sockshop/, nab/, rcaeval/, " +
                "RE1*/, RE2*/ and RE3*/.");
        }

        return new CaseLibrary(
            parts.SelectMany(p => p.Incidents).ToArray(),
            parts.SelectMany(p => p.NormalStretches).ToArray(),
            nab);
    }

    private static string? Sub(string dataDir, string name)
    {
        var path = Path.Combine(dataDir, name);
        return Directory.Exists(path) ? path : null;
    }

    private static IEnumerable<string> RcaEvalTrees(string dataDir) =>
        Directory.GetDirectories(dataDir)
            .Where(d => Path.GetFileName(d) is var n
                && (n.Equals("rcaeval", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("RE1", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("RE2", StringComparison.OrdinalIgnoreCase)
                    || n.StartsWith("RE3", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
}
