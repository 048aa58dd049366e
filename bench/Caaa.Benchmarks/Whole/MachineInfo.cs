using System.Globalization;

namespace Caaa.Benchmarks.Whole;

/// <summary>What every figure is recorded with: cores, CPU model, memory, load average and the date.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            ?? "unknown";
        var memKb = File.ReadLines("/proc/meminfo")
            .First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var memGb = long.Parse(memKb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"nproc={Environment.ProcessorCount} cpu=\"{cpu}\" ram={memGb:F1}GiB " +
            $"date={DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {LoadAverage()}");
    }

    /// <summary>The 1, 5 and 15 minute load averages: the machine is shared, so every figure carries them.</summary>
    public static string LoadAverage()
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"load={parts[0]}/{parts[1]}/{parts[2]}";
    }
}
