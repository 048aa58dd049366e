using System.Globalization;
using Caaa.Core.Metrics;

namespace Caaa.Cli.Replay;

/// <summary>
/// Writes incidents' metric frames as one OpenMetrics gauge family for promtool to backfill. Each
/// case is kept apart by its scope label; gaps (NaN) are left out rather than written as values.
/// </summary>
internal static class OpenMetricsWriter
{
    public const string MetricName = "caaa_replay_signal";

    public const string ScopeLabel = "caaa_case";

    public static void Write(TextWriter writer, IEnumerable<ReplayCase> cases)
    {
        writer.Write("# HELP ");
        writer.Write(MetricName);
        writer.WriteLine(" Replayed incident signals, one series per case, service and signal.");
        writer.Write("# TYPE ");
        writer.Write(MetricName);
        writer.WriteLine(" gauge");
        foreach (var replayCase in cases)
        {
            WriteCase(writer, replayCase);
        }

        writer.WriteLine("# EOF");
    }

    public static string SignalName(Signal signal) => signal.ToString().ToLowerInvariant();

    private static void WriteCase(TextWriter writer, ReplayCase replayCase)
    {
        var (incident, shift) = (replayCase.Incident, replayCase.Shift);
        var frame = incident.Frame;
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            var labels = string.Create(CultureInfo.InvariantCulture,
                $"{MetricName}{{{ScopeLabel}=\"{Escape(incident.Id)}\",service=\"{Escape(replayCase.Scoped(service))}\",signal=\"{SignalName(signal)}\"}} ");
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    continue;
                }

                var seconds = (frame.Timestamps[i] + shift).ToUnixTimeMilliseconds() / 1000.0;
                writer.Write(labels);
                writer.Write(values[i].ToString("R", CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.WriteLine(seconds.ToString("0.###", CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
