namespace Caaa.Learning.Datasets;

/// <summary>
/// One upstream repository at a pinned commit (see each dataset's PROVENANCE.md) and which of its files land
/// where under the data directory. <see cref="Map"/> takes a path inside the archive (without the archive's
/// top folder) and returns the destination relative to <see cref="Folder"/>, or null to leave the file out.
/// </summary>
internal sealed record DataSource(string Folder, string Owner, string Repository, string Commit,
    Func<string, string?> Map)
{
    public static DataSource Nezha { get; } = new("nezha", "IntelligentDDS", "Nezha",
        "d8140101fdb4e7dfb60d3ef9f64706f382b68470", MapNezha);

    public static DataSource RcdSockShop { get; } = new("rcd-sockshop", "azamikram", "rcd",
        "373882c6982db7a999ec1ff99ea54c644a48b409", MapRcd);

    public static DataSource Nab { get; } = new("nab", "numenta", "NAB",
        "ea702d75cc2258d9d7dd35ca8e5e2539d71f3140", MapNab);

    public static IReadOnlyList<DataSource> All { get; } = [Nezha, RcdSockShop, Nab];

    /// <summary>GitHub's archive of the pinned commit, e.g. https://codeload.github.com/numenta/NAB/zip/&lt;sha&gt;.</summary>
    public Uri ArchiveUri(Uri archiveBase) => new(archiveBase, $"{Owner}/{Repository}/zip/{Commit}");

    private static string? MapNezha(string path)
    {
        var parts = path.Split('/');
        var metric = parts is ["rca_data", _, "metric", var file] && file.EndsWith(".csv", StringComparison.Ordinal);
        var faults = parts is ["rca_data", var day, var list] && list == $"{day}-fault_list.json";
        var roots = parts is ["construct_data", var name] && name.StartsWith("root_cause_", StringComparison.Ordinal);
        return metric || faults || roots || path == "LICENSE" ? path : null;
    }

    private static string? MapRcd(string path)
    {
        const string prefix = "sock-shop-data/";
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(".csv", StringComparison.Ordinal)
            ? path[prefix.Length..]
            : null;
    }

    private static string? MapNab(string path)
    {
        var parts = path.Split('/');
        var series = parts is ["data", var dir, var file] && dir.StartsWith("real", StringComparison.Ordinal)
            && file.EndsWith(".csv", StringComparison.Ordinal);
        var labels = parts[0] == "labels" && path.EndsWith(".json", StringComparison.Ordinal);
        return series || labels || path is "data/README.md" or "LICENSE.txt" ? path : null;
    }
}
