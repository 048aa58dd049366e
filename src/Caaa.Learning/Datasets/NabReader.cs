using System.Globalization;
using System.Text.Json;
using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// NAB's realKnownCause series: one incident per known-cause point whose suggested class (from
/// <c>realKnownCause_events.derived.csv</c>) is FAULT or EXPECTED_LOAD; points judged UNKNOWN (the snow storm,
/// the keystroke files) are left out and counted in the progress report. The frame is the labelled window that
/// contains the point, preceded by as much again as baseline; the onset is the point itself. NAB timestamps carry
/// no zone and are read as UTC. An EXPECTED_LOAD case gets a calendar event covering its window (source "nab").
/// </summary>
internal static class NabReader
{
    public const string System = "nab";
    public const string CausesFile = "realKnownCause_events.derived.csv";

    public static IReadOnlyList<Incident> Read(string nabDir, IProgress<string>? progress = null)
    {
        var causesPath = Path.Combine(nabDir, CausesFile);
        var windows = ReadWindows(Path.Combine(nabDir, "labels", "combined_windows.json"));
        var causes = CsvTable.Read(causesPath);
        var (file, point, cause, label) = (causes.Column("file"), causes.Column("anomaly_timestamp_local"),
            causes.Column("cause_per_NAB_README"), causes.Column("suggested_sidecar_class"));

        var incidents = new List<Incident>();
        var series = new Dictionary<string, (DateTimeOffset[] Times, double[] Values)>(StringComparer.Ordinal);
        var excluded = 0;
        foreach (var row in causes.Rows)
        {
            var @class = ParseClass(causes, row, label);
            if (@class is null)
            {
                excluded++;
                continue;
            }

            var relative = CsvTable.Text(row, file).Trim();
            var stem = Path.GetFileNameWithoutExtension(relative);
            var mapping = NabSeries.For(stem)
                ?? throw new DatasetFormatException(causesPath, row.Line, "file", $"no signal mapping for '{stem}'");
            var instant = ParseTime(causesPath, row.Line, "anomaly_timestamp_local", CsvTable.Text(row, point));
            var window = FindWindow(windows, relative, instant)
                ?? throw new DatasetFormatException(causesPath, row.Line, "anomaly_timestamp_local",
                    $"no labelled window of {relative} contains this point");

            if (!series.TryGetValue(relative, out var data))
            {
                data = ReadSeries(Path.Combine(nabDir, "data", relative));
                series[relative] = data;
            }

            var number = incidents.Count(i => i.Frame.Services[0] == stem) + 1;
            incidents.Add(Build(stem, number, mapping, data, window, instant, @class.Value,
                CsvTable.Text(row, cause)));
        }

        progress?.Report($"nab: {incidents.Count} known-cause incidents, {excluded} points judged UNKNOWN left out");
        return incidents;
    }

    private static Incident Build(string stem, int number, NabSeries mapping,
        (DateTimeOffset[] Times, double[] Values) data, (DateTimeOffset Start, DateTimeOffset End) window,
        DateTimeOffset onset, AttributionClass label, string cause)
    {
        var from = window.Start - (window.End - window.Start);
        var indices = Enumerable.Range(0, data.Times.Length)
            .Where(i => data.Times[i] >= from && data.Times[i] <= window.End).ToArray();
        var frame = new MetricFrameBuilder(indices.Select(i => data.Times[i]).ToArray())
            .Set(stem, mapping.Signal, indices.Select(i => data.Values[i] * mapping.Scale).ToArray())
            .Build();

        var context = label == AttributionClass.ExpectedLoad
            ? new IncidentContext([new ContextEvent(ContextEventKind.Calendar, cause, window.Start, window.End, [],
                "nab")])
            : IncidentContext.Empty;
        var id = $"nab-{stem}-{number:D2}";
        return new Incident(id, System, id, onset, frame, context, label, stem,
            $"nab {cause} ({mapping.Signal}: {mapping.Unit})");
    }

    private static AttributionClass? ParseClass(CsvTable table, CsvLine row, int column) =>
        CsvTable.Text(row, column).Trim() switch
        {
            "FAULT" => AttributionClass.Fault,
            "EXPECTED_LOAD" => AttributionClass.ExpectedLoad,
            "UNKNOWN" => null,
            var other => throw new DatasetFormatException(table.Path, row.Line, table.Header[column],
                $"'{other}' is not FAULT, EXPECTED_LOAD or UNKNOWN"),
        };

    private static (DateTimeOffset[] Times, double[] Values) ReadSeries(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, null, "the series file is missing");
        }

        var table = CsvTable.Read(path);
        var (timestamp, value) = (table.Column("timestamp"), table.Column("value"));
        var times = table.Rows.Select(r => ParseTime(path, r.Line, "timestamp", CsvTable.Text(r, timestamp)))
            .ToArray();
        return (times, table.Rows.Select(r => table.Number(r, value)).ToArray());
    }

    internal static DateTimeOffset ParseTime(string path, int? line, string column, string text) =>
        DateTimeOffset.TryParseExact(text.Trim(), ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.ffffff"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var instant)
            ? instant
            : throw new DatasetFormatException(path, line, column, $"'{text}' is not a time like 2014-07-01 00:00:00");

    private static (DateTimeOffset Start, DateTimeOffset End)? FindWindow(
        Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> windows, string file,
        DateTimeOffset instant) =>
        windows.TryGetValue(file, out var list)
            ? list.Where(w => w.Start <= instant && instant <= w.End).Select(w => ((DateTimeOffset, DateTimeOffset)?)w)
                .FirstOrDefault()
            : null;

    private static Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> ReadWindows(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var result = new Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>>(StringComparer.Ordinal);
            foreach (var file in document.RootElement.EnumerateObject())
            {
                result[file.Name] = file.Value.EnumerateArray()
                    .Select(w => (ParseTime(path, null, file.Name, w[0].GetString() ?? ""),
                        ParseTime(path, null, file.Name, w[1].GetString() ?? "")))
                    .ToList();
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(path, (int?)e.LineNumber + 1, null, $"invalid JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new DatasetFormatException(path, null, null, $"expected {{file: [[start, end], ...]}}: {e.Message}", e);
        }
    }
}
