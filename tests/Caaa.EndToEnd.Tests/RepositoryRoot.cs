namespace Caaa.EndToEnd.Tests;

/// <summary>Finds the repository (the folder holding Caaa.Sidecar.sln) and the shared real data beside it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The real datasets, read in place as <c>../shared/data</c> from the repository root.</summary>
    public static string DataDir => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "data"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Caaa.Sidecar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Caaa.Sidecar.sln above {AppContext.BaseDirectory}; the tests must run from inside the repository.");
    }
}
