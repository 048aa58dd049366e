namespace Caaa.Cli;

/// <summary>
/// Checks where a verb will write before it does any work, so a mistyped or unwritable --output costs a
/// second, not a whole evaluation, and is reported in one line naming the path.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Creates <paramref name="directory"/> if needed and proves a file can be written in it.</summary>
    public static void PrepareDirectory(string option, string directory)
    {
        if (File.Exists(directory))
        {
            throw new UserError($"{option} '{directory}' is a file; give a directory.");
        }

        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".caaa-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{option} '{directory}' cannot be written: {error.Message}");
        }
    }

    /// <summary>Checks that <paramref name="file"/> can be written: not a directory, its folder writable.</summary>
    public static void PrepareFile(string option, string file)
    {
        if (Directory.Exists(file))
        {
            throw new UserError($"{option} '{file}' is a directory; give a file name.");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(file));
        if (parent is not null)
        {
            PrepareDirectory(option, parent);
        }
    }
}
