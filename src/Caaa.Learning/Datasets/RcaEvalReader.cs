using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// RCAEval's published layout: <c>&lt;RE&gt;/&lt;system&gt;/&lt;service&gt;_&lt;fault&gt;/&lt;rep&gt;/</c> holding a
/// metrics table (RE1 <c>data.csv</c>; RE2/RE3 <c>simple_metrics.csv</c> or <c>metrics.csv</c>; logs and traces
/// are ignored) with a <c>time</c> column in Unix seconds, and <c>inject_time.txt</c> in Unix seconds. The system is
/// read from the path (online-boutique / sock-shop / train-ticket, or RE1-OB style suffixes). Samples finer than
/// 5 s are averaged into 5 s buckets aligned on the injection. The part before the injection is also a normal
/// stretch in the case's group.
/// </summary>
internal static class RcaEvalReader
{
    private static readonly string[] MetricFiles = ["data.csv", "simple_metrics.csv", "metrics.csv"];
    private static readonly TimeSpan CoarsestResampledStep = TimeSpan.FromSeconds(5);

    /// <param name="systemRoot">Where the path that names the system starts; <paramref name="root"/>'s parent by default.</param>
    public static DatasetCases Read(string root, IProgress<string>? progress = null, string? systemRoot = null)
    {
        var caseDirs = Directory.EnumerateFiles(root, "inject_time.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var incidents = new List<Incident>();
        var stretches = new List<NormalStretch>();
        foreach (var caseDir in caseDirs)
        {
            var (incident, stretch) = ReadCase(systemRoot ?? root, caseDir);
            incidents.Add(incident);
            if (stretch is not null)
            {
                stretches.Add(stretch);
            }
        }

        progress?.Report($"rcaeval {Path.GetFileName(root)}: {incidents.Count} faults, {stretches.Count} normal stretches");
        return new DatasetCases(incidents, stretches);
    }

    public static string SystemOf(string root, string caseDir)
    {
        var segments = Path.GetRelativePath(Path.GetDirectoryName(root) ?? root, caseDir)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.ToLowerInvariant().Replace('_', '-'))
            .ToArray();
        foreach (var (system, shorts) in Systems)
        {
            if (segments.Any(s => s.Contains(system, StringComparison.Ordinal)
                    || shorts.Any(x => s == x || s.EndsWith($"-{x}", StringComparison.Ordinal))))
            {
                return system;
            }
        }

        throw new DatasetFormatException(caseDir, null, null,
            "cannot tell the system from the path; expected a folder such as online-boutique, sock-shop, " +
            "train-ticket or RE1-OB / RE2-SS / RE3-TT");
    }

    private static readonly (string System, string[] Shorts)[] Systems =
    [
        ("online-boutique", ["ob"]), ("sock-shop", ["ss"]), ("train-ticket", ["tt"]),
    ];

    private static (Incident, NormalStretch?) ReadCase(string root, string caseDir)
    {
        var system = SystemOf(root, caseDir);
        var metrics = MetricFiles.Select(f => Path.Combine(caseDir, f)).FirstOrDefault(File.Exists)
            ?? throw new DatasetFormatException(caseDir, null, null,
                $"no metrics table; expected one of {string.Join(", ", MetricFiles)}");
        var onset = ReadInjectTime(Path.Combine(caseDir, "inject_time.txt"));
        var frame = ReadMetrics(metrics);
        var nativeStep = FrameResampler.MedianStep(frame.Timestamps);
        if (nativeStep < CoarsestResampledStep)
        {
            frame = FrameResampler.Downsample(frame, CoarsestResampledStep, onset);
        }

        var relative = Path.GetRelativePath(root, caseDir).Replace(Path.DirectorySeparatorChar, '-');
        var id = $"rcaeval-{Path.GetFileName(root)}-{relative}".ToLowerInvariant();
        var (service, fault) = ServiceAndFault(caseDir);
        var incident = new Incident(id, system, id, onset, frame, IncidentContext.Empty, AttributionClass.Fault,
            service, $"rcaeval {fault} on {service}");

        var before = frame.IndexAt(onset);
        var stretch = before >= 10
            ? new NormalStretch($"{id}-normal", system, id, frame.Slice(0, before), CallGraph.Empty, nativeStep)
            : null;
        return (incident, stretch);
    }

    private static (string? Service, string Fault) ServiceAndFault(string caseDir)
    {
        for (var dir = new DirectoryInfo(caseDir); dir is not null; dir = dir.Parent)
        {
            var underscore = dir.Name.LastIndexOf('_');
            if (underscore > 0)
            {
                return (dir.Name[..underscore], dir.Name[(underscore + 1)..]);
            }
        }

        return (null, "fault");
    }

    private static DateTimeOffset ReadInjectTime(string path)
    {
        var text = File.ReadAllText(path).Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && UnixTime.FromSeconds(seconds) is { } instant
                ? instant
                : throw new DatasetFormatException(path, 1, null, $"'{text}' is not a Unix time in seconds");
    }

    private static MetricFrame ReadMetrics(string path)
    {
        var table = CsvTable.Read(path);
        var time = table.Column("time");
        var timestamps = table.Rows.Select(row => UnixTime.FromSeconds(table.Number(row, time))
                ?? throw new DatasetFormatException(path, row.Line, "time", "not a Unix time in seconds"))
            .ToArray();
        var columns = RcaEvalColumns.Select(table.Header);
        if (timestamps.Length == 0 || columns.Count == 0)
        {
            throw new DatasetFormatException(path, 1, null,
                "no data rows or no <service>_<cpu|mem|load|latency|error> columns");
        }

        var builder = new MetricFrameBuilder(timestamps);
        foreach (var ((service, signal), column) in columns)
        {
            builder.Set(service, signal, table.Rows.Select(row => table.Number(row, column)).ToArray());
        }

        return builder.Build();
    }
}
