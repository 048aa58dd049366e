using System.Text.Json;
using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Reports;

/// <summary>metrics.json: the model's figures at the top level, then baselines, context-only, folds and data.</summary>
internal static class MetricsJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Build(EvaluationResult result, ReportContext context)
    {
        var root = new JsonObject
        {
            ["protocol"] = result.Options.Protocol,
            ["model"] = result.Options.Model,
            ["seed"] = result.Options.Seed,
            ["load_ratio"] = context.LoadRatio is { } ratio ? JsonFigures.Number(ratio) : null,
            ["confidence_threshold"] = JsonFigures.Number(result.Options.ConfidenceThreshold),
            ["fault_margin"] = JsonFigures.Number(result.Options.FaultMargin),
            ["fault_without_surge"] = result.Options.FaultWithoutSurge,
            ["without_features"] = new JsonArray([.. result.Options.WithoutFeatures.Select(f => JsonValue.Create(f))]),
        };
        foreach (var (key, value) in JsonFigures.Of(result.Model).ToArray())
        {
            root[key] = value?.DeepClone();
        }

        root["cases"] = JsonFigures.Cases(Count(result.Cases));
        root["baselines"] = Baselines(result);
        root["context_only"] = JsonFigures.Of(result.ContextOnly);
        root["folds"] = Folds(result);
        root["feature_importance"] = Importance(result);
        root["data"] = Data(result, context);
        return root;
    }

    public static void Write(string path, EvaluationResult result, ReportContext context) =>
        File.WriteAllText(path, Build(result, context).ToJsonString(Indented) + "\n");

    public static CaseCounts Count(IReadOnlyList<EvaluationCase> cases) => new(
        cases.Count,
        cases.Count(c => c.Truth == AttributionClass.Fault),
        cases.Count(c => c.Truth == AttributionClass.ExpectedLoad));

    private static JsonObject Baselines(EvaluationResult result)
    {
        var node = new JsonObject();
        foreach (var baseline in result.Baselines)
        {
            node[baseline.Name] = JsonFigures.Of(baseline);
        }

        return node;
    }

    private static JsonArray Folds(EvaluationResult result) =>
        [.. result.Folds.Select(f => new JsonObject
        {
            ["name"] = f.Name,
            ["held_out_system"] = f.HeldOutSystem,
            ["train_cases"] = f.TrainCases,
            ["test_cases"] = f.TestCases,
            ["trained"] = f.Trained,
            ["flag"] = f.Flag,
        })];

    private static JsonArray Importance(EvaluationResult result) =>
        [.. result.FeatureImportance.Select(f => new JsonObject
        {
            ["feature"] = f.Feature,
            ["importance"] = JsonFigures.Number(f.Importance),
        })];

    private static JsonObject Data(EvaluationResult result, ReportContext context)
    {
        var systems = new JsonObject();
        foreach (var group in result.Cases.GroupBy(c => c.System, StringComparer.Ordinal).OrderBy(g => g.Key))
        {
            var counts = JsonFigures.Cases(Count(group.ToArray()));
            counts["groups"] = group.Select(c => c.Group).Distinct(StringComparer.Ordinal).Count();
            systems[group.Key] = counts;
        }

        return new JsonObject
        {
            ["directory"] = context.DataDirectory,
            ["groups"] = result.Cases.Select(c => c.Group).Distinct(StringComparer.Ordinal).Count(),
            ["systems"] = systems,
        };
    }
}
