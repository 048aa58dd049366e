namespace Caaa.Learning.Tests.Datasets;

/// <summary>Where the real data (read in place, never copied) and the hand-made fixtures live.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Data => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "Caaa.Learning.Tests", "Datasets", "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Caaa.Sidecar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Caaa.Sidecar.sln not found above the test output folder.");
    }
}
