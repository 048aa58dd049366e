using Caaa.Learning.Evaluation;
using Caaa.Learning.Reports;
using Spectre.Console;

namespace Caaa.Cli;

/// <summary>The model against the baselines and the context-only check, as a terminal table.</summary>
internal static class ResultsTable
{
    public static Table Build(EvaluationResult result)
    {
        var table = new Table().Title($"{result.Options.Model}, {result.Options.Protocol}");
        foreach (var column in new[]
                 {
                     "method", "accuracy", "F1 (w)", "F1 CV", "fault recall", "faults hidden", "FP rate FAULT",
                     "FP reduction", "UNKNOWN",
                 })
        {
            table.AddColumn(column);
        }

        foreach (var method in new[] { result.Model }.Concat(result.Baselines).Append(result.ContextOnly))
        {
            var m = method.Overall;
            table.AddRow(
                Markup.Escape(method.Name),
                Figure.Percent(m.Accuracy),
                Figure.Ratio(m.F1Weighted),
                Markup.Escape(Figure.MeanStd(method.F1CvMean, method.F1CvStd)),
                Figure.Percent(m.FaultRecall),
                Figure.Count(m.FaultsHidden),
                Figure.Percent(m.FpRateFault),
                Figure.Percent(m.FpReduction),
                Figure.Percent(m.UnknownRate));
        }

        return table;
    }
}
