using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>
/// Runs the model, the baselines and the context-only check through the same folds of the same cases.
/// Every verdict comes from a classifier that never saw the test case's group (or system).
/// </summary>
internal sealed class Evaluator(EvaluationOptions options)
{
    private static readonly IReadOnlyList<IBaseline> Baselines =
        [new EverythingIsAFaultBaseline(), new CalendarOnlyBaseline(), new SimpleRuleBaseline()];

    private readonly ClassifierTrainer _trainer = ClassifierFactory.Create(options.Model);
    private readonly VerdictPolicy _policy = VerdictPolicy.With(options.ConfidenceThreshold, options.FaultMargin,
        options.FaultWithoutSurge);

    public EvaluationResult Run(IReadOnlyList<EvaluationCase> cases, IProgress<string>? progress = null)
    {
        cases = FeatureAblation.Apply(cases, options.WithoutFeatures);
        var folds = EvaluationProtocols.Create(options.Protocol, options.Seed).Split(cases);
        var model = new List<Verdict>();
        var contextOnly = new List<Verdict>();
        var baselines = Baselines.ToDictionary(b => b.Name, _ => new List<Verdict>());
        var reports = new List<FoldReport>();

        for (var f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var trained = Trainable(cases, fold);
            progress?.Report(Describe(fold, f, folds.Count, trained));
            reports.Add(new FoldReport(fold.Name, fold.HeldOutSystem, fold.Train.Count, fold.Test.Count, trained, fold.Flag));
            if (!trained)
            {
                continue;
            }

            model.AddRange(RunClassifier(cases, fold, v => v, _policy));
            contextOnly.AddRange(RunClassifier(cases, fold, ContextOnlyFeatures.Neutralise, _policy.WithoutRails()));
            foreach (var baseline in Baselines)
            {
                baselines[baseline.Name].AddRange(fold.Test.Select(i => Judge(cases, i, fold, baseline.Predict(cases[i]))));
            }
        }

        progress?.Report("feature importance");
        return new EvaluationResult(
            options,
            cases,
            reports,
            MethodResult.From(
                options.Model, $"{options.Model} on all {FeatureNames.All.Count} features, policy applied", model),
            Baselines.Select(b => MethodResult.From(b.Name, b.Description, baselines[b.Name])).ToArray(),
            MethodResult.From("context_only", $"{options.Model} on the 5 context features only", contextOnly),
            options.FeatureImportance ? Importance(cases) : []);
    }

    internal static bool Trainable(IReadOnlyList<EvaluationCase> cases, Fold fold) =>
        fold.Test.Count > 0
        && fold.Train.Any(i => cases[i].Truth == AttributionClass.Fault)
        && fold.Train.Any(i => cases[i].Truth == AttributionClass.ExpectedLoad);

    private List<Verdict> RunClassifier(
        IReadOnlyList<EvaluationCase> cases,
        Fold fold,
        Func<FeatureVector, FeatureVector> view,
        VerdictPolicy policy)
    {
        // The rule reads the true features; the view (context only) is what the classifier gets to see.
        var train = fold.Train.Where(i => TrainingCases.Teaches(cases[i].Features, cases[i].Truth)).ToArray();
        var features = train.Select(i => view(cases[i].Features)).ToArray();
        var labels = train.Select(i => cases[i].Truth).ToArray();
        using var classifier = _trainer(features, labels, options.Seed);

        var verdicts = new List<Verdict>(fold.Test.Count);
        foreach (var i in fold.Test)
        {
            var seen = view(cases[i].Features);
            var (predicted, confidence, reason, rule) = policy.Decide(classifier.Predict(seen), seen,
                cases[i].RequestRateMeasured);
            verdicts.Add(Judge(cases, i, fold, predicted) with { Confidence = confidence, Reason = reason, Rule = rule });
        }

        return verdicts;
    }

    private IReadOnlyList<(string Feature, double Importance)> Importance(IReadOnlyList<EvaluationCase> cases)
    {
        var all = new Fold("all", Enumerable.Range(0, cases.Count).ToArray(), [0]);
        if (cases.Count == 0 || !Trainable(cases, all))
        {
            return [];
        }

        var (features, labels, _) = TrainingCases.Select(cases.Select(c => (c.Features, c.Truth)));
        using var classifier = _trainer(features, labels, options.Seed);
        return classifier.FeatureImportance(features, labels);
    }

    private static Verdict Judge(IReadOnlyList<EvaluationCase> cases, int index, Fold fold, AttributionClass predicted) =>
        new(index, cases[index].System, fold.Name, cases[index].Truth, predicted);

    private static string Describe(Fold fold, int index, int count, bool trained)
    {
        var skipped = trained ? string.Empty : " — not trainable, skipped";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{fold.Name} ({index + 1}/{count}): train {fold.Train.Count}, test {fold.Test.Count}{skipped}");
    }
}
