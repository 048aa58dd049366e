using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Reports;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary><c>caaa evaluate</c>: the honest evaluation, written to metrics.json, report.md and plots.</summary>
internal static class EvaluateCommand
{
    public static Command Create() => Create(AnsiConsole.Console);

    public static Command Create(IAnsiConsole console)
    {
        var data = CliOptions.Data();
        var protocol = CliOptions.OneOf(new Option<string>("--protocol")
        {
            Description = "leave-one-system-out (headline) or group-kfold",
            DefaultValueFactory = _ => EvaluationProtocols.LeaveOneSystemOut,
        }, [.. EvaluationProtocols.Names]);
        var model = CliOptions.Model();
        var loadRatio = CliOptions.LoadRatio();
        var seed = CliOptions.Seed();
        var threshold = Threshold();
        var faultMargin = FaultMargin();
        var faultWithoutSurge = CliOptions.TrueOrFalse("--fault-without-surge",
            "An unsure FAULT whose request rate did not rise is FAULT, not UNKNOWN (as model.faultWithoutSurge)", true);
        var scenario = CliOptions.Scenario();
        var output = CliOptions.RequiredPath("--output", "Directory for metrics.json, report.md and the plots");
        var without = CliOptions.OneOf(new Option<string[]>("--without-feature")
        {
            HelpName = "feature",
            Description = "Set this feature to 0 in every case (repeatable): measures how much the figures rest on it",
        }, [.. Caaa.Core.Features.FeatureNames.All]);

        var command = new Command("evaluate", "Evaluate the attribution model against baselines on real data")
        {
            data, protocol, model, loadRatio, seed, threshold, faultMargin, faultWithoutSurge, scenario, output, without,
        };
        command.SetAction((parse, _) => CliErrors.RunAsync(parse, () =>
        {
            var options = new EvaluationOptions
            {
                Protocol = parse.GetRequiredValue(protocol),
                Model = parse.GetRequiredValue(model),
                Seed = parse.GetValue(seed),
                ConfidenceThreshold = parse.GetValue(threshold),
                FaultMargin = parse.GetValue(faultMargin),
                FaultWithoutSurge = parse.GetValue(faultWithoutSurge),
                WithoutFeatures = parse.GetValue(without) ?? [],
            };
            var caseSet = CaseLoading.Options(parse.GetValue(loadRatio), options.Seed, parse.GetValue(scenario));
            return Task.FromResult(Run(console, parse.GetRequiredValue(data), caseSet.LoadRatio, caseSet, options,
                parse.GetRequiredValue(output)));
        }));
        return command;
    }

    private static int Run(
        IAnsiConsole console,
        string dataDir,
        double loadRatio,
        Caaa.Learning.Cases.CaseSetOptions caseSet,
        EvaluationOptions options,
        string outputDir)
    {
        Caaa.Learning.Datasets.CaseLibrary.RequireDirectory(dataDir);
        OutputPaths.PrepareDirectory("--output", outputDir);
        var clock = Stopwatch.StartNew();
        var (incidents, cases) = CaseLoading.Load(console, dataDir, caseSet);
        var result = console.Status().Start("evaluating", status =>
            new Evaluator(options).Run(cases, new Reporter(status)));

        var context = new ReportContext(dataDir, loadRatio, clock.Elapsed);
        var written = console.Status().Start("writing report", _ =>
            EvaluationReport.Write(outputDir, result, context, incidents));

        console.Write(ResultsTable.Build(result));
        foreach (var path in written)
        {
            console.MarkupLineInterpolated($"[grey]wrote[/] {path}");
        }

        return 0;
    }

    private static Option<double> Threshold() => CliOptions.Number("--confidence-threshold",
        "Below this winning probability the verdict is UNKNOWN", 0.6, v => v >= 0.5 && v <= 1, "lie in [0.5, 1]");

    private static Option<double> FaultMargin() => CliOptions.Number("--fault-margin",
        "An UNKNOWN verdict is FAULT when a physics rail is broken by this factor (0: off; as model.faultMargin)", 2,
        v => v == 0 || (v >= 1 && double.IsFinite(v)), "be 0 (off) or at least 1");

    /// <summary>Each fold in the status line (a redirected console prints every status as a line).</summary>
    private sealed class Reporter(StatusContext status) : IProgress<string>
    {
        public void Report(string value)
        {
            status.Status(Markup.Escape(value));
        }
    }
}
