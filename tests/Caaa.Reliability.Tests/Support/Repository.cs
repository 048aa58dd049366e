namespace Caaa.Reliability.Tests.Support;

/// <summary>Finds the repository root (the solution file) and the shared data beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string WebhookSamples => Path.Combine(Shared, "data", "wire-formats", "alertmanager-webhook");

    private static string FindRoot()
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
