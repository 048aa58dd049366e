using System.Globalization;
using MathNet.Numerics.Statistics;

namespace Caaa.Benchmarks.Whole;

/// <summary>p50 / p90 / p99 / max of a set of durations, in milliseconds.</summary>
internal static class Percentiles
{
    public static string Describe(IReadOnlyCollection<TimeSpan> durations)
    {
        var ms = durations.Select(d => d.TotalMilliseconds).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"n={ms.Length} p50={Quantile(ms, 0.5):F2}ms p90={Quantile(ms, 0.9):F2}ms " +
            $"p99={Quantile(ms, 0.99):F2}ms max={ms.Max():F2}ms");
    }

    public static double Quantile(double[] values, double tau) =>
        values.QuantileCustom(tau, QuantileDefinition.R7);
}
