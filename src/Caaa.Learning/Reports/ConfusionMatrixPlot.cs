using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;
using ScottPlot;

namespace Caaa.Learning.Reports;

/// <summary>confusion_matrix.png: truth rows × verdict columns, cells shaded by their share of the row.</summary>
internal static class ConfusionMatrixPlot
{
    private static readonly ScottPlot.Colormaps.Blues Shades = new();

    public static void Save(string path, ConfusionMatrix matrix, string title)
    {
        var plot = new Plot();
        var truths = ConfusionMatrix.TruthClasses;
        var predictions = ConfusionMatrix.PredictedClasses;

        for (var row = 0; row < truths.Count; row++)
        {
            var support = Math.Max(1, matrix.Support(truths[row]));
            for (var column = 0; column < predictions.Count; column++)
            {
                var count = matrix[truths[row], predictions[column]];
                Cell(plot, column, truths.Count - 1 - row, count, (double)count / support);
            }
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, predictions.Count).Select(i => (double)i).ToArray(),
            predictions.Select(p => p.ToWire()).ToArray());
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, truths.Count).Select(i => (double)(truths.Count - 1 - i)).ToArray(),
            truths.Select(t => t.ToWire()).ToArray());
        plot.Axes.SetLimits(-0.5, predictions.Count - 0.5, -0.5, truths.Count - 0.5);
        plot.Title(title);
        plot.XLabel("verdict");
        plot.YLabel("truth");
        plot.SavePng(path, 640, 420);
    }

    private static void Cell(Plot plot, int x, int y, int count, double share)
    {
        var rectangle = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
        rectangle.FillStyle.Color = Shades.GetColor(0.1 + (0.8 * share));
        rectangle.LineStyle.Color = Colors.White;

        var label = plot.Add.Text(Figure.Count(count), x, y);
        label.LabelFontSize = 22;
        label.LabelBold = true;
        label.LabelAlignment = Alignment.MiddleCenter;
        label.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
    }
}
