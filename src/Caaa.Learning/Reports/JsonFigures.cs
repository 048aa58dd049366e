using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Reports;

/// <summary>
/// JSON nodes for figures. A figure without a denominator (NaN) or out of range becomes null, never a
/// bare NaN or Infinity that JSON parsers reject.
/// </summary>
internal static class JsonFigures
{
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>The figure keys shared by the model, every baseline, the context-only check and each system.</summary>
    public static JsonObject Of(MetricSet metrics) => new()
    {
        ["cases"] = Cases(metrics.Cases),
        ["accuracy"] = Number(metrics.Accuracy),
        ["precision_weighted"] = Number(metrics.PrecisionWeighted),
        ["recall_weighted"] = Number(metrics.RecallWeighted),
        ["f1_weighted"] = Number(metrics.F1Weighted),
        ["fault_recall"] = Number(metrics.FaultRecall),
        ["faults_hidden"] = metrics.FaultsHidden,
        ["fp_rate_fault"] = Number(metrics.FpRateFault),
        ["baseline_fp_rate"] = Number(metrics.BaselineFpRate),
        ["fp_reduction"] = Number(metrics.FpReduction),
        ["unknown_rate"] = Number(metrics.UnknownRate),
        // As on-call sees it: FAULT and UNKNOWN both page, so a fault is missed only when hidden, and an
        // expected-load alert spares a page only when it is called EXPECTED_LOAD.
        ["faults_flagged"] = Number(metrics.Cases.Fault == 0
            ? double.NaN
            : (metrics.Cases.Fault - metrics.FaultsHidden) / (double)metrics.Cases.Fault),
        ["expected_load_recognised"] = Number(
            metrics.PerClass.TryGetValue(AttributionClass.ExpectedLoad, out var load) ? load.Recall : double.NaN),
        ["per_class"] = PerClass(metrics),
        ["confusion_matrix"] = Confusion(metrics.Confusion),
    };

    /// <summary>The figures of a method plus its cross-validated F1 and its per-system figures.</summary>
    public static JsonObject Of(MethodResult method)
    {
        var node = Of(method.Overall);
        node["description"] = method.Description;
        node["f1_cv_mean"] = Number(method.F1CvMean);
        node["f1_cv_std"] = Number(method.F1CvStd);
        var perSystem = new JsonObject();
        foreach (var (system, metrics) in method.PerSystem)
        {
            perSystem[system] = Of(metrics);
        }

        node["per_system"] = perSystem;
        return node;
    }

    public static JsonObject Cases(CaseCounts cases) => new()
    {
        ["total"] = cases.Total,
        ["fault"] = cases.Fault,
        ["expected_load"] = cases.ExpectedLoad,
    };

    private static JsonObject PerClass(MetricSet metrics)
    {
        var node = new JsonObject();
        foreach (var (c, scores) in metrics.PerClass)
        {
            node[c.ToWire()] = new JsonObject
            {
                ["precision"] = Number(scores.Precision),
                ["recall"] = Number(scores.Recall),
                ["f1"] = Number(scores.F1),
                ["support"] = scores.Support,
            };
        }

        return node;
    }

    /// <summary>Rows are the truth, columns the prediction.</summary>
    private static JsonObject Confusion(ConfusionMatrix matrix)
    {
        var node = new JsonObject();
        foreach (var truth in ConfusionMatrix.TruthClasses)
        {
            var row = new JsonObject();
            foreach (var predicted in ConfusionMatrix.PredictedClasses)
            {
                row[predicted.ToWire()] = matrix[truth, predicted];
            }

            node[truth.ToWire()] = row;
        }

        return node;
    }
}
