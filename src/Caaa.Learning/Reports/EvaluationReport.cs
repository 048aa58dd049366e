using Caaa.Core.Incidents;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Reports;

/// <summary>Writes every output of <c>caaa evaluate</c> into one directory.</summary>
internal static class EvaluationReport
{
    public const string MetricsFile = "metrics.json";
    public const string ReportFile = "report.md";
    public const string PredictionsFile = "predictions.csv";
    public const string FeaturesFile = "features.csv";
    public const string ConfusionFile = "confusion_matrix.png";
    public const string ImportanceFile = "feature_importance.png";

    /// <summary>The paths written, in order.</summary>
    public static IReadOnlyList<string> Write(
        string outputDir,
        EvaluationResult result,
        ReportContext context,
        IReadOnlyList<Incident> incidents)
    {
        Directory.CreateDirectory(outputDir);
        var written = new List<string>();

        MetricsJson.Write(Add(written, outputDir, MetricsFile), result, context);
        MarkdownReport.Write(Add(written, outputDir, ReportFile), result, context);
        PredictionsCsv.Write(Add(written, outputDir, PredictionsFile), result);
        FeaturesCsv.Write(Add(written, outputDir, FeaturesFile), result.Cases);
        ConfusionMatrixPlot.Save(
            Add(written, outputDir, ConfusionFile),
            result.Model.Overall.Confusion,
            $"{result.Options.Model}, {result.Options.Protocol}");

        if (result.FeatureImportance.Count > 0)
        {
            FeatureImportancePlot.Save(
                Add(written, outputDir, ImportanceFile),
                result.FeatureImportance,
                $"Permutation importance, {result.Options.Model}");
        }

        foreach (var (file, title, incident) in TimelineSelection.Pick(result.Cases, incidents))
        {
            IncidentTimelinePlot.Save(Add(written, outputDir, file), incident, title);
        }

        return written;
    }

    private static string Add(List<string> written, string outputDir, string file)
    {
        var path = Path.Combine(outputDir, file);
        written.Add(path);
        return path;
    }
}
