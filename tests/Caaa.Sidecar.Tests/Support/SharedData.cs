namespace Caaa.Sidecar.Tests.Support;

/// <summary>Finds the shared cases and data in place (<c>../shared</c> next to the repository root).</summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Case(string name) => Path.Combine(Root, "cases", name);

    public static string WireFormats(string folder) => Path.Combine(Root, "data", "wire-formats", folder);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Caaa.Sidecar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Caaa.Sidecar.sln not found above the test output folder.");
    }
}
