using System.CommandLine;
using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Reports;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary><c>caaa train</c>: trains on every case and writes the model .zip the sidecar loads.</summary>
internal static class TrainCommand
{
    public static Command Create() => Create(AnsiConsole.Console);

    public static Command Create(IAnsiConsole console)
    {
        var data = CliOptions.Data();
        var output = CliOptions.RequiredPath("--output", "Model file to write (.zip)");
        var model = CliOptions.Model(mlp: false);
        var seed = CliOptions.Seed();
        var loadRatio = CliOptions.LoadRatio();
        var scenario = CliOptions.Scenario();

        var command = new Command("train", "Train the attribution model on every case and save it for the sidecar")
        {
            data, output, model, seed, loadRatio, scenario,
        };
        command.SetAction((parse, _) => CliErrors.RunAsync(parse, () =>
        {
            var caseSet = CaseLoading.Options(parse.GetValue(loadRatio), parse.GetValue(seed), parse.GetValue(scenario));
            OutputPaths.PrepareFile("--output", parse.GetRequiredValue(output));
            var (_, cases) = CaseLoading.Load(console, parse.GetRequiredValue(data), caseSet);
            var kind = ClassifierFactory.KindOf(parse.GetRequiredValue(model))
                ?? throw new UserError("Only fastforest, fasttree and lightgbm models can be saved for the sidecar.");
            return Task.FromResult(Train(console, cases, kind, caseSet.Seed, parse.GetRequiredValue(output)));
        }));
        return command;
    }

    private static int Train(
        IAnsiConsole console,
        IReadOnlyList<EvaluationCase> cases,
        ClassifierKind kind,
        int seed,
        string output)
    {
        var (features, labels, leftOut) = TrainingCases.Select(cases.Select(c => (c.Features, c.Truth)));
        if (labels.Distinct().Count() < 2)
        {
            throw new UserError("Training needs both FAULT and EXPECTED_LOAD cases; the data holds only one class.");
        }

        var model = console.Status().Start("training", _ => AttributionModel.Train(features, labels, kind, seed));
        var importance = console.Status().Start("feature importance", _ => model.FeatureImportance(features, labels));
        CreateParent(output);
        model.Save(output);

        var counts = MetricsJson.Count(cases);
        console.MarkupLineInterpolated(
            $"trained {model.Info.Kind} {model.Info.Version} on {features.Length} of {counts.Total} cases: {counts.Fault} FAULT, {counts.ExpectedLoad - leftOut} EXPECTED_LOAD");
        console.MarkupLineInterpolated(
            $"[grey]left out of training:[/] {leftOut} EXPECTED_LOAD cases whose surge does not show in the request rates");
        var table = new Table().AddColumn("feature").AddColumn("importance (AUC drop)");
        foreach (var (feature, value) in importance.Take(10))
        {
            table.AddRow(feature, Figure.Ratio(value));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]wrote[/] {output}");
        return 0;
    }

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }
    }
}
