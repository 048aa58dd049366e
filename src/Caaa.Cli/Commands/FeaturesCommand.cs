using System.CommandLine;
using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Learning.Evaluation;
using CsvHelper;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary><c>caaa features</c>: the feature table of every case, as CSV, for inspection.</summary>
internal static class FeaturesCommand
{
    /// <summary>The CSV header: identity, how the frame was cut (for leak hunting), then the features.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "system", "group", "truth", "origin", "frame_samples", "onset_index", "gap_share", .. FeatureNames.All,
    ];

    public static Command Create() => Create(AnsiConsole.Console);

    public static Command Create(IAnsiConsole console)
    {
        var data = CliOptions.Data();
        var output = new Option<string?>("--output") { Description = "CSV file to write (the table of every case)" };
        var input = new Option<string?>("--input")
        {
            Description = "One RCAEval-style case folder or data.csv: print its named feature vector instead",
        };
        var format = CliOptions.OneOf(new Option<string>("--format")
        {
            Description = "With --input: json or text",
            DefaultValueFactory = _ => "text",
        }, "json", "text");
        var seed = CliOptions.Seed();
        var loadRatio = CliOptions.LoadRatio();
        var scenario = CliOptions.Scenario();

        var command = new Command("features", "Write the feature table of every case as CSV, or one incident's features")
        {
            data, output, input, format, seed, loadRatio, scenario,
        };
        command.SetAction((parse, _) => CliErrors.RunAsync(parse, () =>
        {
            if (parse.GetValue(input) is { } one)
            {
                return Task.FromResult(IncidentFeatures.Print(console, one, parse.GetRequiredValue(format)));
            }

            if (parse.GetValue(output) is null)
            {
                throw new UserError("features needs --output FILE.csv (every case) or --input PATH (one incident).");
            }

            var path = parse.GetValue(output)!;
            OutputPaths.PrepareFile("--output", path);
            var caseSet = CaseLoading.Options(parse.GetValue(loadRatio), parse.GetValue(seed), parse.GetValue(scenario));
            var (_, cases) = CaseLoading.Load(console, parse.GetRequiredValue(data), caseSet);
            Write(path, cases);
            console.MarkupLineInterpolated($"[grey]wrote[/] {cases.Count} cases to {path}");
            return Task.FromResult(0);
        }));
        return command;
    }

    public static void Write(string path, IReadOnlyList<EvaluationCase> cases)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }

        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: false);
        foreach (var header in Columns)
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var c in cases)
        {
            csv.WriteField(c.Id);
            csv.WriteField(c.System);
            csv.WriteField(c.Group);
            csv.WriteField(c.Truth.ToWire());
            csv.WriteField(c.Origin);
            csv.WriteField(c.Shape?.Samples.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(c.Shape?.OnsetIndex.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(c.Shape?.GapShare.ToString("R", CultureInfo.InvariantCulture) ?? "");
            foreach (var value in c.Features.Values)
            {
                csv.WriteField(value.ToString("R", CultureInfo.InvariantCulture));
            }

            csv.EndRecord();
        }
    }
}
