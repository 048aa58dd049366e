using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// Nezha (Online Boutique and Train Ticket): per-pod metric CSVs at 60 s per day and the day's fault list.
/// Signals: Cpu = CpuUsage(m) in cores, Memory = MemoryUsage(Mi) in bytes, Load = PodWorkload(Ops),
/// Latency = PodServerLatencyP90(s), Errors = 1 − success rate. Pods are summed into services (Cpu, Memory,
/// Load) or averaged (Latency, Errors). A success-rate column that is zero in every row was not collected (every
/// pod file, and Train Ticket's front_service.csv) and yields no Errors series; Online Boutique's frontend gets
/// its Errors from front_service.csv. A latency of exactly 0 s (a pod that served nothing) is a gap.
/// </summary>
internal sealed class NezhaReader
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
    private readonly NezhaWindowOptions _options;

    public NezhaReader(NezhaWindowOptions? options = null)
    {
        _options = options ?? NezhaWindowOptions.Default;
    }

    public DatasetCases Read(string nezhaDir, IProgress<string>? progress = null)
    {
        var root = Directory.Exists(Path.Combine(nezhaDir, "rca_data")) ? Path.Combine(nezhaDir, "rca_data") : nezhaDir;
        var days = Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, $"{Path.GetFileName(d)}-fault_list.json")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (days.Length == 0)
        {
            throw new DatasetFormatException(nezhaDir, null, null, "no <day>/<day>-fault_list.json found");
        }

        var incidents = new List<Incident>();
        var stretches = new List<NormalStretch>();
        foreach (var day in days)
        {
            var (dayIncidents, dayStretches) = ReadDay(day);
            incidents.AddRange(dayIncidents);
            stretches.AddRange(dayStretches);
            progress?.Report($"nezha {Path.GetFileName(day)}: {dayIncidents.Count} faults, " +
                $"{dayStretches.Count} normal stretches");
        }

        return new DatasetCases(incidents, stretches);
    }

    public static MetricFrame ReadDayFrame(string dayDir, out CallGraph callGraph)
    {
        var metricDir = Path.Combine(dayDir, "metric");
        var pods = Directory.GetFiles(metricDir, "*_metric.csv").Order(StringComparer.Ordinal)
            .Select(f => (File: f, Table: CsvTable.Read(f), Times: (DateTimeOffset[]?)null))
            .Select(p => p with { Times = ReadTimes(p.Table) })
            .ToArray();
        if (pods.Length == 0)
        {
            throw new DatasetFormatException(metricDir, null, null, "no <pod>_metric.csv files");
        }

        var first = pods.Min(p => p.Times!.Length == 0 ? DateTimeOffset.MaxValue : p.Times[0]);
        var last = pods.Max(p => p.Times!.Length == 0 ? DateTimeOffset.MinValue : p.Times[^1]);
        var grid = TimeGrid.Spanning(first, last, Step);

        var series = pods.Select(p => ReadPod(p.Table, p.Times!, grid)).ToArray();
        var builder = new MetricFrameBuilder(grid.Timestamps);
        foreach (var service in series.GroupBy(s => s.Service, StringComparer.Ordinal))
        {
            AddService(builder, service.Key, service.ToArray());
        }

        var services = series.Select(s => s.Service).Distinct(StringComparer.Ordinal).ToArray();
        AddFrontendErrors(builder, Path.Combine(metricDir, "front_service.csv"), grid, services);
        callGraph = ReadCallGraph(Path.Combine(metricDir, "dependency.csv")).Restrict(services);
        return builder.Build();
    }

    private (List<Incident>, List<NormalStretch>) ReadDay(string dayDir)
    {
        var day = Path.GetFileName(dayDir);
        var faults = NezhaFaultList.Read(Path.Combine(dayDir, $"{day}-fault_list.json"));
        var frame = ReadDayFrame(dayDir, out var callGraph);
        var system = frame.Services.Any(s => s.StartsWith("ts-", StringComparison.Ordinal))
            ? "train-ticket" : "online-boutique";
        var prefix = $"nezha-{(system == "train-ticket" ? "tt" : "ob")}-{day}";

        var incidents = faults.Select((f, i) => CutFault(frame, faults, i, system, prefix)).ToList();
        var stretches = CutNormal(frame, faults).Select((range, i) =>
        {
            var id = $"{prefix}-n{i + 1:D2}";
            return new NormalStretch(id, system, id, frame.Slice(range.From, range.To), callGraph, Step);
        }).ToList();
        return (incidents, stretches);
    }

    private Incident CutFault(MetricFrame frame, IReadOnlyList<NezhaFault> faults, int index, string system,
        string prefix)
    {
        var fault = faults[index];
        var from = fault.Injected - _options.Before;
        var overlaps = false;
        if (index > 0)
        {
            var clear = faults[index - 1].Injected + _options.Effect;
            from = clear > from ? clear : from;
            var latest = fault.Injected - _options.MinimumBaseline;
            overlaps = from > latest;
            from = overlaps ? latest : from;
        }

        var to = fault.Injected + _options.After;
        if (index + 1 < faults.Count && faults[index + 1].Injected < to)
        {
            to = faults[index + 1].Injected;
        }

        var id = $"{prefix}-f{index + 1:D2}";
        var window = frame.Slice(frame.IndexAt(from), frame.IndexAt(to));
        return new Incident(id, system, id, fault.Injected, window, IncidentContext.Empty,
            AttributionClass.Fault, fault.Service,
            $"nezha {fault.Type} on {fault.Service}{(overlaps ? " (baseline overlaps the previous fault's tail)" : "")}");
    }

    private IEnumerable<(int From, int To)> CutNormal(MetricFrame frame, IReadOnlyList<NezhaFault> faults)
    {
        var guard = _options.Quiet > _options.Effect ? _options.Quiet : _options.Effect;
        var start = frame.Timestamps[0];
        var end = frame.Timestamps[^1] + Step;
        while (start + _options.StretchLength <= end)
        {
            var stop = start + _options.StretchLength;
            var blocking = faults.Where(f => f.Injected > start - guard && f.Injected < stop).ToArray();
            if (blocking.Length == 0)
            {
                yield return (frame.IndexAt(start), frame.IndexAt(stop));
                start = stop;
            }
            else
            {
                start = blocking[^1].Injected + guard;
            }
        }
    }

    private static DateTimeOffset[] ReadTimes(CsvTable table)
    {
        var column = table.Column("Time");
        return table.Rows.Select(row => NezhaTime.TryParse(CsvTable.Text(row, column), out var instant)
                ? instant
                : throw new DatasetFormatException(table.Path, row.Line, "Time",
                    $"'{CsvTable.Text(row, column)}' is not a Go time such as 2022-08-22 03:51:19.607 +0000 UTC"))
            .ToArray();
    }

    private static NezhaPodSeries ReadPod(CsvTable table, DateTimeOffset[] times, TimeGrid grid)
    {
        var pod = Path.GetFileName(table.Path)[..^"_metric.csv".Length];
        var columns = new (Signal Signal, int Column, Func<double, double> Convert)[]
        {
            (Signal.Cpu, table.Column("CpuUsage(m)"), v => v / 1000.0),
            (Signal.Memory, table.Column("MemoryUsage(Mi)"), v => v * 1024 * 1024),
            (Signal.Load, table.Column("PodWorkload(Ops)"), v => v),
            (Signal.Latency, table.Column("PodServerLatencyP90(s)"), v => v > 0 ? v : double.NaN),
            (Signal.Errors, table.Column("PodSuccessRate(%)"), v => 1 - (v / 100.0)),
        };

        var signals = new Dictionary<Signal, double[]>();
        foreach (var (signal, column, convert) in columns)
        {
            var raw = table.Rows.Select(row => table.Number(row, column)).ToArray();
            if (signal == Signal.Errors && raw.All(v => v == 0))
            {
                continue;
            }

            var values = grid.EmptySeries();
            for (var i = 0; i < raw.Length; i++)
            {
                var index = grid.IndexOf(times[i]);
                if (index >= 0)
                {
                    values[index] = convert(raw[i]);
                }
            }

            signals[signal] = values;
        }

        return new NezhaPodSeries(pod, NezhaPods.ServiceOf(pod), signals);
    }

    private static void AddService(MetricFrameBuilder builder, string service, NezhaPodSeries[] pods)
    {
        foreach (var signal in pods.SelectMany(p => p.Signals.Keys).Distinct())
        {
            var parts = pods.Where(p => p.Signals.ContainsKey(signal)).Select(p => p.Signals[signal]).ToArray();
            var summed = signal is Signal.Cpu or Signal.Memory or Signal.Load;
            builder.Set(service, signal, Combine(parts, summed));
        }
    }

    private static double[] Combine(double[][] parts, bool summed)
    {
        var result = new double[parts[0].Length];
        for (var i = 0; i < result.Length; i++)
        {
            var present = parts.Select(p => p[i]).Where(v => !double.IsNaN(v)).ToArray();
            result[i] = present.Length == 0 ? double.NaN : summed ? present.Sum() : present.Average();
        }

        return result;
    }

    private static void AddFrontendErrors(MetricFrameBuilder builder, string path, TimeGrid grid,
        IReadOnlyCollection<string> services)
    {
        if (!File.Exists(path) || !services.Contains("frontend"))
        {
            return;
        }

        var table = CsvTable.Read(path);
        var times = ReadTimes(table);
        var rate = table.Column("SuccessRate(%)");
        var raw = table.Rows.Select(row => table.Number(row, rate)).ToArray();
        if (raw.All(v => v == 0))
        {
            return;
        }

        var errors = grid.EmptySeries();
        for (var i = 0; i < raw.Length; i++)
        {
            var index = grid.IndexOf(times[i]);
            if (index >= 0)
            {
                errors[index] = 1 - (raw[i] / 100.0);
            }
        }

        builder.Set("frontend", Signal.Errors, errors);
    }

    private static CallGraph ReadCallGraph(string path)
    {
        if (!File.Exists(path))
        {
            return CallGraph.Empty;
        }

        var table = CsvTable.Read(path);
        var (source, target, weight) = (table.Column("Source"), table.Column("Target"), table.Column("Weight"));
        return new CallGraph(table.Rows.Select(row =>
            (CsvTable.Text(row, source).Trim(), CsvTable.Text(row, target).Trim(), table.Number(row, weight))));
    }
}
