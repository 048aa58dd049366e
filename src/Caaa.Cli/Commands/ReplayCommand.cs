using System.CommandLine;
using Caaa.Cli.Replay;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary><c>caaa replay</c>: real cases through a real Prometheus, Alertmanager and the sidecar.</summary>
internal static class ReplayCommand
{
    public static Command Create() => Create(AnsiConsole.Console);

    public static Command Create(IAnsiConsole console)
    {
        var data = CliOptions.Data();
        var output = new Option<string>("--output")
        {
            Description = "Directory for summary.json and the servers' logs and data",
            DefaultValueFactory = _ => "out/replay",
        };
        var cases = CliOptions.WholeNumber("--cases", "How many cases to replay, spread over systems and kinds", 36,
            n => n >= 1, "be at least 1");
        var model = new Option<string?>("--model")
        {
            Description = "A model .zip to use; by default one is trained on every case outside the replayed groups",
        };
        var seed = CliOptions.Seed();
        var loadRatio = CliOptions.LoadRatio();

        var command = new Command("replay", "Replay cases through a real Prometheus, Alertmanager and the sidecar")
        {
            data, output, cases, model, seed, loadRatio,
        };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(parse, async () =>
        {
            Caaa.Learning.Datasets.CaseLibrary.RequireDirectory(parse.GetRequiredValue(data));
            OutputPaths.PrepareDirectory("--output", parse.GetRequiredValue(output));
            var options = new ReplayOptions(
                parse.GetRequiredValue(data),
                parse.GetRequiredValue(output),
                parse.GetValue(cases),
                parse.GetValue(seed),
                parse.GetValue(loadRatio),
                parse.GetValue(model));
            var summary = await new ReplayRunner(console).RunAsync(options, cancellationToken);
            ReplayTable.Write(console, summary);
            var path = Path.Combine(options.OutputDir, "summary.json");
            summary.Write(path);
            console.MarkupLineInterpolated($"[grey]wrote[/] {path}");
            return summary.Totals.FaultsSilenced == 0 ? 0 : 2;
        }));
        return command;
    }
}
