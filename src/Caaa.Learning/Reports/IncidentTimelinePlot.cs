using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using ScottPlot;

namespace Caaa.Learning.Reports;

/// <summary>
/// One incident over time: total request rate, mean CPU and mean latency of its services, each as a multiple
/// of its pre-onset mean so they share one axis; the onset is a dashed line, calendar events are shaded.
/// </summary>
internal static class IncidentTimelinePlot
{
    private static readonly (Signal Signal, string Name, bool Sum)[] Shown =
    [
        (Signal.Load, "requests (sum)", true),
        (Signal.Cpu, "CPU (mean)", false),
        (Signal.Latency, "latency (mean)", false),
    ];

    public static void Save(string path, Incident incident, string title)
    {
        var plot = new Plot();
        var times = incident.Frame.Timestamps.Select(t => t.UtcDateTime.ToOADate()).ToArray();
        var onset = incident.Frame.IndexAt(incident.Onset);

        foreach (var calendar in incident.Context.Calendar)
        {
            var end = calendar.End ?? incident.Frame.Timestamps[^1];
            var span = plot.Add.HorizontalSpan(calendar.Start.UtcDateTime.ToOADate(), end.UtcDateTime.ToOADate());
            span.FillStyle.Color = Colors.Orange.WithAlpha(0.15);
            span.LegendText = $"calendar: {calendar.Name}";
        }

        foreach (var (signal, name, sum) in Shown)
        {
            if (Relative(incident.Frame, signal, sum, onset) is { } values)
            {
                var line = plot.Add.ScatterLine(times, values);
                line.LegendText = name;
                line.LineWidth = 2;
            }
        }

        var marker = plot.Add.VerticalLine(incident.Onset.UtcDateTime.ToOADate());
        marker.LinePattern = LinePattern.Dashed;
        marker.Color = Colors.Red;
        marker.LegendText = "onset";

        plot.Axes.DateTimeTicksBottom();
        plot.Title($"{title} — truth {incident.Label?.ToWire() ?? "?"}");
        plot.YLabel("× pre-onset mean");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 420);
    }

    private static double[]? Relative(MetricFrame frame, Signal signal, bool sum, int onset)
    {
        var series = frame.Series(signal).Select(s => s.Values).ToArray();
        if (series.Length == 0)
        {
            return null;
        }

        var combined = Enumerable.Range(0, frame.Length).Select(i => Combine(series, i, sum)).ToArray();
        var before = combined.Take(Math.Max(1, onset)).Where(double.IsFinite).ToArray();
        var baseline = before.Length > 0 ? before.Average() : double.NaN;
        return baseline is > 0 && double.IsFinite(baseline) ? combined.Select(v => v / baseline).ToArray() : null;
    }

    private static double Combine(double[][] series, int index, bool sum)
    {
        var values = series.Select(s => s[index]).Where(double.IsFinite).ToArray();
        if (values.Length == 0)
        {
            return double.NaN;
        }

        return sum ? values.Sum() : values.Average();
    }
}
