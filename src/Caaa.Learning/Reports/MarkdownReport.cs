using System.Globalization;
using System.Text;
using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;

namespace Caaa.Learning.Reports;

/// <summary>report.md: the figures of <see cref="MetricsJson"/> as tables a reviewer can read, plus caveats.</summary>
internal static class MarkdownReport
{
    /// <summary>Context alone reaching this weighted F1 (or within 0.05 of the model) means context leaks the label.</summary>
    public const double ContextLeakF1 = 0.8;

    public static string Build(EvaluationResult result, ReportContext context)
    {
        var text = new StringBuilder();
        Header(text, result, context);
        Methods(text, result);
        PerClass(text, result.Model);
        Confusion(text, result.Model.Overall.Confusion);
        UnknownReasons(text, result.Model);
        PolicyFaults(text, result.Model);
        PerSystem(text, result);
        ContextCheck(text, result);
        Features(text, result);
        Caveats(text, result);
        return text.ToString();
    }

    public static void Write(string path, EvaluationResult result, ReportContext context) =>
        File.WriteAllText(path, Build(result, context));

    private static void Header(StringBuilder text, EvaluationResult result, ReportContext context)
    {
        var cases = MetricsJson.Count(result.Cases);
        var groups = result.Cases.Select(c => c.Group).Distinct(StringComparer.Ordinal).Count();
        var systems = result.Cases.Select(c => c.System).Distinct(StringComparer.Ordinal).Count();
        Line(text, $"# CAAA evaluation — {result.Options.Model}, {result.Options.Protocol}");
        Line(text, string.Empty);
        Line(text, $"- data: `{context.DataDirectory}` — {cases.Total} cases ({cases.Fault} FAULT, "
            + $"{cases.ExpectedLoad} EXPECTED_LOAD) in {groups} groups from {systems} systems");
        Line(text, $"- seed {result.Options.Seed}, confidence threshold {Figure.Ratio(result.Options.ConfidenceThreshold)}, "
            + (result.Options.FaultMargin == 0 ? "no fault margin" : $"fault margin ×{Figure.Ratio(result.Options.FaultMargin)}")
            + (result.Options.FaultWithoutSurge ? ", an unsure FAULT without a surge is FAULT" : "")
            + (context.LoadRatio is { } ratio ? $", load ratio {Figure.Ratio(ratio)}" : string.Empty));
        var leftOut = result.Cases.Count(c => !TrainingCases.Teaches(c.Features, c.Truth));
        if (leftOut > 0)
        {
            Line(text, $"- training leaves out {leftOut} EXPECTED_LOAD cases whose surge does not show in the request "
                + "rates (`load_ratio` below the load rail's minimum); they stay in every test set");
        }

        if (result.Options.WithoutFeatures.Count > 0)
        {
            Line(text, $"- ablation: {string.Join(", ", result.Options.WithoutFeatures)} set to 0 in every case");
        }

        if (context.WallTime is { } wall)
        {
            Line(text, $"- wall time {Figure.Count((int)Math.Round(wall.TotalSeconds))} s");
        }

        Line(text, string.Empty);
    }

    private static void Methods(StringBuilder text, EvaluationResult result)
    {
        Line(text, "## Model against baselines (same test cases, same folds)");
        Line(text, string.Empty);
        Line(text, "| method | accuracy | F1 (weighted) | F1 CV mean ± std | fault recall | faults hidden "
            + "| FP rate FAULT | FP reduction | UNKNOWN rate |");
        Line(text, "|---|---|---|---|---|---|---|---|---|");
        foreach (var method in Methods(result))
        {
            var m = method.Overall;
            Line(text, $"| {method.Name} | {Figure.Percent(m.Accuracy)} | {Figure.Ratio(m.F1Weighted)} "
                + $"| {Figure.MeanStd(method.F1CvMean, method.F1CvStd)} | {Figure.Percent(m.FaultRecall)} "
                + $"| {m.FaultsHidden} | {Figure.Percent(m.FpRateFault)} | {Figure.Percent(m.FpReduction)} "
                + $"| {Figure.Percent(m.UnknownRate)} |");
        }

        Line(text, string.Empty);
        foreach (var method in Methods(result).Skip(1))
        {
            Line(text, $"- **{method.Name}**: {method.Description}");
        }

        Line(text, string.Empty);
        Line(text, "UNKNOWN verdicts count as not correct for accuracy and recall. *Faults hidden* are true faults "
            + "called EXPECTED_LOAD — the figure that must stay near zero. FP reduction is against "
            + $"everything-is-a-fault (its FP rate here: {Figure.Percent(result.Model.Overall.BaselineFpRate)}).");
        Line(text, string.Empty);
        var model = result.Model.Overall;
        var flagged = model.Cases.Fault - model.FaultsHidden;
        var recognised = model.PerClass.TryGetValue(AttributionClass.ExpectedLoad, out var load) ? load.Recall : 0;
        Line(text, $"As on-call sees it (FAULT and UNKNOWN both page): {flagged} of {model.Cases.Fault} faults "
            + $"flagged, and {Figure.Percent(recognised)} of the expected-load alerts recognised as such — the "
            + "pages CAAA can spare; FP reduction above counts UNKNOWN as no false FAULT, so it is an upper bound.");
        Line(text, string.Empty);
    }

    private static IEnumerable<MethodResult> Methods(EvaluationResult result) =>
        [result.Model, .. result.Baselines, result.ContextOnly];

    private static void PerClass(StringBuilder text, MethodResult model)
    {
        Line(text, $"## Per class ({model.Name})");
        Line(text, string.Empty);
        Line(text, "| class | precision | recall | F1 | support |");
        Line(text, "|---|---|---|---|---|");
        foreach (var (c, s) in model.Overall.PerClass)
        {
            Line(text, $"| {c.ToWire()} | {Figure.Ratio(s.Precision)} | {Figure.Ratio(s.Recall)} "
                + $"| {Figure.Ratio(s.F1)} | {s.Support} |");
        }

        Line(text, string.Empty);
    }

    private static void Confusion(StringBuilder text, ConfusionMatrix matrix)
    {
        Line(text, "## Confusion matrix (rows: truth, columns: verdict)");
        Line(text, string.Empty);
        Line(text, "| truth \\ verdict | FAULT | EXPECTED_LOAD | UNKNOWN |");
        Line(text, "|---|---|---|---|");
        foreach (var truth in ConfusionMatrix.TruthClasses)
        {
            var cells = ConfusionMatrix.PredictedClasses.Select(p => Figure.Count(matrix[truth, p]));
            Line(text, $"| {truth.ToWire()} | {string.Join(" | ", cells)} |");
        }

        Line(text, string.Empty);
        Line(text, "![confusion matrix](confusion_matrix.png)");
        Line(text, string.Empty);
    }

    /// <summary>
    /// Why the policy answered UNKNOWN, by truth: a physics rail overruling the model's EXPECTED_LOAD, or the
    /// confidence threshold. A rail that stops many true faults is doing its job; one that stops many true
    /// surges says the model and the physics disagree.
    /// </summary>
    private static void UnknownReasons(StringBuilder text, MethodResult model)
    {
        var unknown = model.Verdicts.Where(v => v.Predicted == AttributionClass.Unknown).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        Line(text, $"## Why UNKNOWN ({model.Name})");
        Line(text, string.Empty);
        Line(text, "| reason | true FAULT | true EXPECTED_LOAD |");
        Line(text, "|---|---|---|");
        RuleRows(text, unknown);

        Line(text, string.Empty);
        Line(text, "A rail turns the model's EXPECTED_LOAD into UNKNOWN; `predictions.csv` gives each case's reason.");
        Line(text, string.Empty);
    }

    /// <summary>
    /// The FAULT verdicts the policy named where the model alone would have left UNKNOWN (fault margin, no surge),
    /// by rule and truth: what the two rules add, and what they cost in true surges called FAULT.
    /// </summary>
    private static void PolicyFaults(StringBuilder text, MethodResult model)
    {
        var named = model.Verdicts.Where(v => v.Predicted == AttributionClass.Fault && v.Rule is not null).ToList();
        if (named.Count == 0)
        {
            return;
        }

        Line(text, $"## FAULT named by the policy ({model.Name})");
        Line(text, string.Empty);
        Line(text, "| rule | true FAULT | true EXPECTED_LOAD |");
        Line(text, "|---|---|---|");
        RuleRows(text, named);

        Line(text, string.Empty);
        Line(text, "Each of these would be UNKNOWN without the rule; both page either way.");
        Line(text, string.Empty);
    }

    /// <summary>One row per policy rule, most frequent first: how many true faults and true surges it decided.</summary>
    private static void RuleRows(StringBuilder text, IEnumerable<Verdict> verdicts)
    {
        foreach (var group in verdicts.GroupBy(v => v.Rule ?? "(none given)").OrderByDescending(g => g.Count()))
        {
            var faults = group.Count(v => v.Truth == AttributionClass.Fault);
            Line(text, $"| {group.Key} | {Figure.Count(faults)} | {Figure.Count(group.Count() - faults)} |");
        }
    }

    private static void PerSystem(StringBuilder text, EvaluationResult result)
    {
        Line(text, $"## Per system ({result.Model.Name})");
        Line(text, string.Empty);
        Line(text, "| system | cases (F/L) | accuracy | F1 | fault recall | faults hidden | FP rate FAULT "
            + "| UNKNOWN | calendar-only FP rate | flag |");
        Line(text, "|---|---|---|---|---|---|---|---|---|---|");
        var calendar = result.Baselines.First(b => b.Name == "calendar_only");
        foreach (var (system, m) in result.Model.PerSystem)
        {
            var flag = result.Folds.FirstOrDefault(f => f.HeldOutSystem == system)?.Flag ?? string.Empty;
            var calendarFp = calendar.PerSystem.TryGetValue(system, out var c) ? c.FpRateFault : double.NaN;
            Line(text, $"| {system} | {m.Cases.Total} ({m.Cases.Fault}/{m.Cases.ExpectedLoad}) "
                + $"| {Figure.Percent(m.Accuracy)} | {Figure.Ratio(m.F1Weighted)} | {Figure.Percent(m.FaultRecall)} "
                + $"| {m.FaultsHidden} | {Figure.Percent(m.FpRateFault)} | {Figure.Percent(m.UnknownRate)} "
                + $"| {Figure.Percent(calendarFp)} | {flag} |");
        }

        foreach (var fold in result.Folds.Where(f => !f.Trained))
        {
            Line(text, string.Empty);
            Line(text, $"- {fold.Name} was not evaluated ({fold.Flag ?? "no test cases"}): its cases are in no figure.");
        }

        Line(text, string.Empty);
    }

    private static void ContextCheck(StringBuilder text, EvaluationResult result)
    {
        var model = result.Model.Overall.F1Weighted;
        var context = result.ContextOnly.Overall.F1Weighted;
        var leaks = double.IsFinite(context) && (context >= ContextLeakF1 || context >= model - 0.05);
        Line(text, "## Context-only check");
        Line(text, string.Empty);
        Line(text, $"The same {result.Options.Model} trained on the 5 context features alone (every other feature "
            + "set to 0; confidence threshold applied, load rail not, since it never saw the load) reaches weighted "
            + $"F1 {Figure.Ratio(context)}, accuracy {Figure.Percent(result.ContextOnly.Overall.Accuracy)}, "
            + $"faults hidden {result.ContextOnly.Overall.FaultsHidden}, against the full model's F1 "
            + $"{Figure.Ratio(model)}.");
        Line(text, string.Empty);
        Line(text, leaks
            ? $"**Warning: context alone scores well (F1 ≥ {Figure.Ratio(ContextLeakF1)} or within 0.05 of the model). "
                + "The calendar is giving the label away; the model's figures above are not trustworthy.**"
            : "As it should, context alone does not score well: calendar and deployment information is not enough "
                + "to tell a fault from load, and the model's figures do not rest on it.");
        Line(text, string.Empty);
    }

    private static void Features(StringBuilder text, EvaluationResult result)
    {
        if (result.FeatureImportance.Count == 0)
        {
            return;
        }

        Line(text, "## Top features (permutation importance: drop in AUC, model trained on every case)");
        Line(text, string.Empty);
        Line(text, "| feature | importance |");
        Line(text, "|---|---|");
        foreach (var (feature, importance) in result.FeatureImportance.Take(10))
        {
            Line(text, $"| {feature} | {Figure.Ratio(importance)} |");
        }

        Line(text, string.Empty);
        Line(text, "![feature importance](feature_importance.png)");
        Line(text, string.Empty);
    }

    private static void Caveats(StringBuilder text, EvaluationResult result)
    {
        Line(text, "## Caveats");
        Line(text, string.Empty);
        Line(text, "- EXPECTED_LOAD cases are synthetic: surges grown from real normal traffic. No real labelled "
            + "production surge with full microservice metrics was available; NAB's calendar-driven series are "
            + "single series, not service frames.");
        Line(text, "- Verdicts pass through the sidecar's policy: UNKNOWN below the confidence threshold and never "
            + "EXPECTED_LOAD when the entry load did not rise. Baselines answer without a policy.");
        Line(text, "- Feature importance is measured in-sample on a model trained on every case; it says what the "
            + "model leans on, not what generalises.");
        if (result.FeatureImportance is [var first, var second, ..] && first.Importance > 5 * Math.Max(second.Importance, 1e-9))
        {
            Line(text, $"- **One feature carries the model: {first.Feature} ({Figure.Ratio(first.Importance)} against "
                + $"{Figure.Ratio(second.Importance)} for the next).** Check it is not an artefact of how the synthetic "
                + $"cases were made: rerun with `--without-feature {first.Feature}` and compare.");
        }

        var flagged = result.Folds.Where(f => f.Flag is not null).ToArray();
        foreach (var fold in flagged)
        {
            Line(text, $"- {fold.Name}: {fold.Flag}.");
        }

        if (result.Cases.Count(c => c.Truth == AttributionClass.Fault) < 30)
        {
            Line(text, "- Fewer than 30 fault cases: every rate above moves by several points with one case.");
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
