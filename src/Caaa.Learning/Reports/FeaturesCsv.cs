using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Learning.Evaluation;
using CsvHelper;

namespace Caaa.Learning.Reports;

/// <summary>
/// features.csv: every case's feature vector, exactly as the model saw it, so anyone can see why a system's
/// cases look alike or apart without re-running the extraction.
/// </summary>
internal static class FeaturesCsv
{
    public static void Write(string path, IReadOnlyList<EvaluationCase> cases)
    {
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: false);
        foreach (var header in new[] { "id", "system", "group", "origin", "truth" }.Concat(FeatureNames.All))
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var @case in cases.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            csv.WriteField(@case.Id);
            csv.WriteField(@case.System);
            csv.WriteField(@case.Group);
            csv.WriteField(@case.Origin);
            csv.WriteField(@case.Truth.ToWire());
            foreach (var value in @case.Features.Values)
            {
                csv.WriteField(value.ToString("G6", CultureInfo.InvariantCulture));
            }

            csv.EndRecord();
        }
    }
}
