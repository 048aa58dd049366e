namespace Caaa.Cli.Stack;

/// <summary>Finds the Debian packages' binaries, or explains how to install them.</summary>
internal static class ServerBinaries
{
    private const string InstallHint =
        "Install them with: sudo apt-get install -y prometheus prometheus-alertmanager";

    public static string Prometheus => Find("prometheus", "prometheus");

    public static string Promtool => Find("promtool", "prometheus");

    public static string Alertmanager => Find("prometheus-alertmanager", "prometheus-alertmanager");

    private static string Find(string name, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return path ?? throw new StackException(
            $"'{name}' was not found on PATH (Debian package '{package}'). {InstallHint}");
    }
}
