using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Caaa.Benchmarks.Micro;

/// <summary>
/// Three warm-up and ten measured iterations, run in this process: a whole run takes minutes, and no
/// child project has to be generated and built on a busy machine.
/// </summary>
internal sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);

        // Loggers, exporters and the default columns come from the default config BenchmarkSwitcher adds.
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
