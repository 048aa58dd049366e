using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Maps RCAEval metric columns <c>&lt;service&gt;_&lt;metric&gt;</c> to signals. When a service has several
/// latency columns the 90th percentile wins, then the plain one, then the median. Columns naming no signal
/// (network, disk, other percentiles) are not read.
/// </summary>
internal static class RcaEvalColumns
{
    private static readonly (string Suffix, Signal Signal, int Rank)[] Suffixes =
    [
        ("_cpu", Signal.Cpu, 0),
        ("_mem", Signal.Memory, 0),
        ("_memory", Signal.Memory, 1),
        ("_load", Signal.Load, 0),
        ("_lod", Signal.Load, 1),
        ("_workload", Signal.Load, 2),
        ("_latency-90", Signal.Latency, 0),
        ("_lat_90", Signal.Latency, 1),
        ("_latency", Signal.Latency, 2),
        ("_latency-50", Signal.Latency, 3),
        ("_lat_50", Signal.Latency, 4),
        ("_error", Signal.Errors, 0),
        ("_errors", Signal.Errors, 1),
        ("_error_rate", Signal.Errors, 2),
    ];

    /// <summary>For each (service, signal) the index of the column to read.</summary>
    public static IReadOnlyDictionary<(string Service, Signal Signal), int> Select(IReadOnlyList<string> header)
    {
        var best = new Dictionary<(string, Signal), (int Column, int Rank)>();
        for (var column = 0; column < header.Count; column++)
        {
            foreach (var (suffix, signal, rank) in Suffixes)
            {
                var name = header[column];
                if (!name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || name.Length == suffix.Length)
                {
                    continue;
                }

                var key = (name[..^suffix.Length], signal);
                if (!best.TryGetValue(key, out var known) || rank < known.Rank)
                {
                    best[key] = (column, rank);
                }
            }
        }

        return best.ToDictionary(kv => kv.Key, kv => kv.Value.Column);
    }
}
