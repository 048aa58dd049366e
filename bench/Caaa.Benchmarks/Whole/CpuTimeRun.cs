using System.Diagnostics;
using System.Globalization;
using Caaa.Benchmarks.Synthetic;
using Caaa.Core.Detection;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// Feature extraction timed by the CPU time of the calling thread rather than the wall clock. On a
/// loaded machine a thread waits for a core most of the time; its own CPU time barely changes, so this
/// estimates what an idle machine would show. Caches shared with other processes still slow it down.
/// </summary>
internal static class CpuTimeRun
{
    public static int Run(int iterations)
    {
        Console.WriteLine(MachineInfo.Describe());
        var extractor = new FeatureExtractor();
        foreach (var services in new[] { 5, 50, 500 })
        {
            var incident = SyntheticIncidents.Create(services, 240, fault: true, seed: 1);
            var count = Math.Max(10, iterations * 5 / services);
            for (var i = 0; i < Math.Min(count, 50); i++)
            {
                extractor.Extract(incident);
            }

            var cpu = ThreadCpu();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                extractor.Extract(incident);
            }

            var perCall = (ThreadCpu() - cpu) / count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract services={services} points=240 n={count} cpu-per-call={perCall.TotalMicroseconds:F0}us " +
                $"wall-per-call={wall.Elapsed.TotalMicroseconds / count:F0}us {MachineInfo.LoadAverage()}"));
        }

        Stages(SyntheticIncidents.Create(50, 240, fault: true, seed: 1), Math.Max(10, iterations / 10));
        return 0;
    }

    /// <summary>Each stage of one extraction alone, by thread CPU time, to see where the time goes.</summary>
    private static void Stages(Incident incident, int count)
    {
        var detector = new ZScoreDetector();
        var window = IncidentWindow.At(incident.Frame, incident.Onset);
        var score = detector.Score(window);
        var inputs = new FeatureInputs(incident, window, score);
        var values = new double[FeatureNames.All.Count];
        var stages = new (string Name, Action Run)[]
        {
            ("detector", () => detector.Score(window)),
            ("shifts", () => _ = new FeatureInputs(incident, window, score)),
            ("workload", () => WorkloadFeatures.Write(inputs, values.AsSpan(0, 6))),
            ("behavioural", () => BehaviouralFeatures.Write(inputs, values.AsSpan(6, 6))),
            ("context", () => ContextFeatures.Write(inputs, values.AsSpan(12, 5))),
            // Medians are taken when first read, by these features: fresh inputs each call, so shifts included.
            ("shifts+additional", () => AdditionalFeatures.Write(
                new FeatureInputs(incident, window, score), values.AsSpan(17, AdditionalFeatures.Count))),
        };

        foreach (var (name, run) in stages)
        {
            for (var i = 0; i < Math.Min(count, 50); i++)
            {
                run();
            }

            var cpu = ThreadCpu();
            for (var i = 0; i < count; i++)
            {
                run();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stage services=50 points=240 {name} n={count} " +
                $"cpu-per-call={(ThreadCpu() - cpu).TotalMicroseconds / count:F1}us {MachineInfo.LoadAverage()}"));
        }
    }

    /// <summary>
    /// This thread's user + system time in clock ticks of 10 ms, from /proc/thread-self/stat (fields 14
    /// and 15; the synchronous loop never leaves the thread).
    /// </summary>
    private static TimeSpan ThreadCpu()
    {
        var fields = File.ReadAllText("/proc/thread-self/stat").Split(") ")[1].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
