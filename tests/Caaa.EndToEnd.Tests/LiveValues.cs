using Caaa.Cli.Replay;
using Caaa.Core.Metrics;

namespace Caaa.EndToEnd.Tests;

/// <summary>The live case's signal values: the surge continuing, or the surge turned into a fault.</summary>
internal static class LiveValues
{
    public const double FaultErrorRatio = 0.3;
    public const double FaultLatencyFactor = 10;
    public const double FaultCpuFactor = 3;

    /// <summary>
    /// Every series held at the median of its last ten measured samples: the surge goes on as it was, not
    /// frozen at whatever noise its very last sample caught.
    /// </summary>
    public static IReadOnlyDictionary<(string Service, string Signal), double> Surge(ReplayCase replayCase) =>
        Values(replayCase, RecentLevel);

    /// <summary>
    /// The surge goes on everywhere while the alert's service breaks: latency ×10, a 30 % error ratio
    /// and a CPU spike with no rise in requests.
    /// </summary>
    public static IReadOnlyDictionary<(string Service, string Signal), double> Fault(ReplayCase replayCase)
    {
        var values = Values(replayCase, RecentLevel);
        var root = replayCase.Labels["service"];
        values[(root, Name(Signal.Latency))] *= FaultLatencyFactor;
        // The error ratio is set even where the case never measured one: a fault shows up in it.
        values[(root, Name(Signal.Errors))] = FaultErrorRatio;
        values[(root, Name(Signal.Cpu))] *= FaultCpuFactor;
        return values;
    }

    private static Dictionary<(string, string), double> Values(ReplayCase replayCase, Func<double[], double> pick)
    {
        var values = new Dictionary<(string, string), double>();
        foreach (var (service, signal, series) in replayCase.Incident.Frame.AllSeries())
        {
            var value = pick(series);
            if (double.IsFinite(value))
            {
                values[(replayCase.Scoped(service), Name(signal))] = value;
            }
        }

        return values;
    }

    private static double RecentLevel(double[] values)
    {
        var recent = values.Where(double.IsFinite).TakeLast(10).Order().ToArray();
        return recent.Length == 0 ? double.NaN : recent[recent.Length / 2];
    }

    private static string Name(Signal signal) => OpenMetricsWriter.SignalName(signal);
}
