namespace Caaa.Integrations.Tests.Cases;

/// <summary>
/// Finds the shared cases and data in place: <c>../shared</c> next to the repository root (the folder
/// holding <c>Caaa.Sidecar.sln</c>). Nothing is copied into the repository.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindSharedRoot);

    public static string Case(string name) => Path.Combine(Root.Value, "cases", name);

    public static string WireFormat(string relativePath) => Path.Combine(Root.Value, "data", "wire-formats", relativePath);

    public static string ReadCase(string name) => File.ReadAllText(Case(name));

    public static string ReadWireFormat(string relativePath) => File.ReadAllText(WireFormat(relativePath));

    private static string FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Caaa.Sidecar.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException($"No Caaa.Sidecar.sln above {AppContext.BaseDirectory}.");
    }
}
