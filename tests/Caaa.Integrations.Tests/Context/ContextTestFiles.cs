namespace Caaa.Integrations.Tests.Context;

/// <summary>Finds the shared cases and data beside the repository (read in place, never copied).</summary>
internal static class ContextTestFiles
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Case(string fileName) => Path.Combine(_root.Value, "..", "shared", "cases", fileName);

    public static string Data(string relativePath) => Path.Combine(_root.Value, "..", "shared", "data", relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Caaa.Sidecar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Caaa.Sidecar.sln not found above the test binaries.");
    }
}
