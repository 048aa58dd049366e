using ScottPlot;

namespace Caaa.Learning.Reports;

/// <summary>feature_importance.png: horizontal bars, most important at the top.</summary>
internal static class FeatureImportancePlot
{
    public static void Save(string path, IReadOnlyList<(string Feature, double Importance)> importance, string title)
    {
        var ordered = importance.Reverse().ToArray();
        var plot = new Plot();
        var bars = plot.Add.Bars(ordered.Select(f => double.IsFinite(f.Importance) ? f.Importance : 0).ToArray());
        bars.Horizontal = true;

        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, ordered.Length).Select(i => (double)i).ToArray(),
            ordered.Select(f => f.Feature).ToArray());
        plot.Axes.Margins(left: 0);
        plot.Title(title);
        plot.XLabel("drop in AUC when the feature is shuffled");
        plot.SavePng(path, 800, 120 + (22 * ordered.Length));
    }
}
