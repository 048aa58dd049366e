using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Learning.Evaluation;
using CsvHelper;

namespace Caaa.Learning.Reports;

/// <summary>
/// predictions.csv: the model's held-out verdict on every case, so a reader can find which faults were
/// hidden or left UNKNOWN and open those cases, instead of trusting the totals.
/// </summary>
internal static class PredictionsCsv
{
    public static void Write(string path, EvaluationResult result)
    {
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: false);
        foreach (var header in new[] { "id", "system", "fold", "origin", "truth", "predicted", "confidence", "reason" })
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        var verdicts = result.Model.Verdicts.OrderBy(v => result.Cases[v.CaseIndex].Id, StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            var @case = result.Cases[verdict.CaseIndex];
            csv.WriteField(@case.Id);
            csv.WriteField(verdict.System);
            csv.WriteField(verdict.Fold);
            csv.WriteField(@case.Origin);
            csv.WriteField(verdict.Truth.ToWire());
            csv.WriteField(verdict.Predicted.ToWire());
            csv.WriteField(verdict.Confidence?.ToString("0.000", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(verdict.Reason ?? "");
            csv.EndRecord();
        }
    }
}
