using System.Globalization;
using System.Text.Json;
using Caaa.Core.Features;
using Caaa.Learning.Datasets;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary>
/// <c>caaa features --input PATH</c>: the named feature vector of each incident in one RCAEval-style
/// case folder (or its <c>data.csv</c>), as JSON or as text.
/// </summary>
internal static class IncidentFeatures
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Print(IAnsiConsole console, string input, string format)
    {
        var isTable = File.Exists(input) && Path.GetFileName(input) is "data.csv" or "metrics.csv" or "simple_metrics.csv";
        var root = Path.GetFullPath(isTable ? Path.GetDirectoryName(Path.GetFullPath(input))! : input);
        if (!isTable && (File.Exists(input) || !Directory.Exists(root)))
        {
            throw new UserError($"--input '{input}' is neither a case folder nor a data.csv file.");
        }

        // The system is named anywhere along the full path (…/RE1-OB/cartservice_cpu/1).
        var incidents = RcaEvalReader.Read(root, systemRoot: Path.GetPathRoot(root)).Incidents;
        if (incidents.Count == 0)
        {
            throw new UserError($"No RCAEval case (data.csv or metrics.csv with inject_time.txt) was found in '{root}'.");
        }

        var extractor = new FeatureExtractor();
        var vectors = incidents.Select(i => new
        {
            id = i.Id,
            onset = i.Onset,
            features = FeatureNames.All.Zip(extractor.Extract(i).Values)
                .ToDictionary(p => p.First, p => (double)p.Second),
        }).ToList();

        if (format == "json")
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(vectors, Indented));
            return 0;
        }

        foreach (var vector in vectors)
        {
            console.MarkupLineInterpolated($"[bold]{vector.id}[/] (onset {vector.onset:O})");
            foreach (var (name, value) in vector.features)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} {value,12:0.####}"));
            }
        }

        return 0;
    }
}
