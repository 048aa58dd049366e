namespace Caaa.Tests.Shared;

/// <summary>
/// One temporary folder per test run for stores, keys and configs, removed when the run ends, so a test run
/// leaves nothing behind in the temporary directory. Linked into each test project that needs one.
/// </summary>
internal static class TestScratch
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory($"{typeof(TestScratch).Assembly.GetName().Name}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);
        return folder;
    });

    public static string Root => Folder.Value;

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file; what is left is in one folder named for the run.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
