using System.Globalization;
using BenchmarkDotNet.Running;
using Caaa.Benchmarks.Whole;

namespace Caaa.Benchmarks;

/// <summary>
/// <c>micro [BenchmarkDotNet arguments]</c> runs the micro-benchmarks; the other verbs run whole-system
/// measurements and print one line of figures each (with the machine and its load average).
/// </summary>
internal static class BenchProgram
{
    private const string Usage = """
        usage: dotnet run -c Release --project bench/Caaa.Benchmarks -- <verb> ...
          micro [--filter *Feature*] ...          BenchmarkDotNet micro-benchmarks
          webhook [requests=2000] [alerts=1]      webhook → SQLite → 200 latency, in process over Kestrel
          fsync [syncs=2000]                      write 4 KiB + fsync latency in the temp folder (the floor)
          storm one|many [alerts=1000] [seconds=60] [fixed|live]
                                                  alert storm against a real, backfilled Prometheus
          idle <path/to/Caaa.Sidecar.dll> [runs=3] [idle-seconds=20]
                                                  start-up time and idle resident memory of the sidecar
          cpu [iterations=20000]                  feature extraction (and its stages) by thread CPU time
          lstm-train <model.pt>                   write a small LSTM autoencoder
          lstm-load <model.pt>                    resident memory added by loading it
        """;

    public static async Task<int> Main(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "";
        return verb switch
        {
            "micro" => Micro(args[1..]),
            "webhook" => await WebhookLatencyRun.RunAsync(Int(args, 1, 2000), Int(args, 2, 1), warmup: 200),
            "fsync" => FsyncLatencyRun.Run(Int(args, 1, 2000)),
            "storm" when args.Length > 1 => await StormRun.RunAsync(
                args[1], Int(args, 2, 1000), Int(args, 3, 60), args.Length > 4 ? args[4] : "fixed"),
            "idle" when args.Length > 1 => await IdleSidecarRun.RunAsync(args[1], Int(args, 2, 3), Int(args, 3, 20)),
            "cpu" => CpuTimeRun.Run(Int(args, 1, 20000)),
            "lstm-train" when args.Length > 1 => LstmMemoryRun.Train(args[1]),
            "lstm-load" when args.Length > 1 => LstmMemoryRun.Load(args[1]),
            _ => UsageError(),
        };
    }

    private static int Micro(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
