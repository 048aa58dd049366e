using System.Diagnostics;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// The floor under the webhook's latency: one 4 KiB write and a flush to disk (fsync), repeated, in the
/// temporary folder the webhook run keeps its store in. A request commits at least once, so the
/// webhook's p99 cannot be lower than this p99.
/// </summary>
internal static class FsyncLatencyRun
{
    public static int Run(int syncs)
    {
        Console.WriteLine(MachineInfo.Describe());
        var directory = Path.Combine(Path.GetTempPath(), "caaa-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"fsync-{Guid.NewGuid():N}.bin");
        var block = new byte[4096];
        var latencies = new List<TimeSpan>(syncs);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            for (var i = 0; i < syncs; i++)
            {
                // Over a 1 MiB region, as a WAL is rewritten from its start after each checkpoint.
                RandomAccess.Write(file.SafeFileHandle, block, (i % 256) * (long)block.Length);
                var started = Stopwatch.GetTimestamp();
                file.Flush(flushToDisk: true);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }
        finally
        {
            File.Delete(path);
        }

        Console.WriteLine($"fsync 4KiB {Percentiles.Describe(latencies)} {MachineInfo.LoadAverage()}");
        return 0;
    }
}
