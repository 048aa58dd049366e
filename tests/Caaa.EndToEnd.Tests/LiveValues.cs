using Caaa.Cli.Replay;
using Caaa.Core.Metrics;

namespace Caaa.EndToEnd.Tests;

/// <summary>The live case's signal values: the surge continuing, or the surge turned into a fault.</summary>
internal static class LiveValues
{
    public const double FaultErrorRatio = 0.3;
    public const double FaultLatencyFactor = 10;
    public const double FaultCpuFactor = 3;

    /// <summary>Every series held at its last measured value: the surge goes on as it was.</summary>
    public static IReadOnlyDictionary<(string Service, string Signal), double> Surge(ReplayCase replayCase) =>
        Values(replayCase, values => values.LastOrDefault(double.IsFinite));

    /// <summary>
    /// Load falls back to its level before the onset everywhere, while the alert's service degrades:
    /// latency ×10, a 30 % error ratio and a CPU spike with no rise in requests.
    /// </summary>
    public static IReadOnlyDictionary<(string Service, string Signal), double> Fault(ReplayCase replayCase)
    {
        var window = IncidentWindow.At(replayCase.Incident.Frame, replayCase.Incident.Onset);
        var values = Values(replayCase, values => Baseline(window.Before(values)))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var root = replayCase.Labels["service"];
        values[(root, Name(Signal.Latency))] *= FaultLatencyFactor;
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

    private static double Baseline(ReadOnlySpan<double> before)
    {
        var (sum, count) = (0.0, 0);
        foreach (var value in before)
        {
            if (double.IsFinite(value))
            {
                (sum, count) = (sum + value, count + 1);
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static string Name(Signal signal) => OpenMetricsWriter.SignalName(signal);
}
