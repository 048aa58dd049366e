using System.Globalization;

namespace Caaa.Benchmarks.Whole;

/// <summary>Resident and peak resident memory of a process, read from /proc (Linux only).</summary>
internal static class ProcessMemory
{
    public static (double RssMiB, double PeakRssMiB) Of(int processId)
    {
        var lines = File.ReadAllLines($"/proc/{processId}/status");
        return (Kib(lines, "VmRSS:") / 1024.0, Kib(lines, "VmHWM:") / 1024.0);
    }

    public static (double RssMiB, double PeakRssMiB) OfThisProcess() => Of(Environment.ProcessId);

    public static string Describe((double RssMiB, double PeakRssMiB) memory) =>
        string.Create(CultureInfo.InvariantCulture, $"rss={memory.RssMiB:F0}MiB peak-rss={memory.PeakRssMiB:F0}MiB");

    private static long Kib(string[] lines, string key)
    {
        var line = lines.First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
