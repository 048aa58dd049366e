using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// RCD's Sock Shop cases: <c>&lt;service&gt;-&lt;fault&gt;/&lt;rep&gt;/{normal,anomalous}.csv</c> at 1 s.
/// Columns <c>&lt;c&gt;_cpu</c> (% of one core), <c>&lt;c&gt;_mem</c> (bytes), <c>&lt;c&gt;_lod</c> (requests/s) and
/// <c>&lt;c&gt;_lat_90</c> (s); the 50th and 99th percentiles are not read, and there is no error column.
/// The normal window was recorded hours before the anomalous one; it is re-timed to end one step before the
/// anomalous start so that the incident has one time axis, and the onset is the first anomalous sample.
/// Both parts are averaged into 5 s buckets aligned on the onset (about 60 samples each instead of 300).
/// The normal recording (about 5 minutes) is the only fault-free traffic, so the fault window keeps only as many
/// buckets as it has: half before the onset, half after; the retimed recording is the normal stretch, so that
/// synthetic load shares the fault's time of day.
/// </summary>
internal static class RcdSockShopReader
{
    public const string System = "sock-shop";
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan NativeStep = TimeSpan.FromSeconds(1);

    public static DatasetCases Read(string rcdDir, IProgress<string>? progress = null)
    {
        var incidents = new List<Incident>();
        var stretches = new List<NormalStretch>();
        foreach (var caseDir in Directory.GetDirectories(rcdDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(caseDir);
            var dash = name.LastIndexOf('-');
            if (dash <= 0)
            {
                throw new DatasetFormatException(caseDir, null, null, "expected a folder named <service>-<fault>");
            }

            foreach (var repDir in Directory.GetDirectories(caseDir).Order(StringComparer.Ordinal))
            {
                var (incident, stretch) = ReadCase(repDir, name[..dash], name[(dash + 1)..]);
                incidents.Add(incident);
                stretches.Add(stretch);
            }
        }

        progress?.Report($"rcd-sockshop: {incidents.Count} faults, {stretches.Count} normal stretches");
        return new DatasetCases(incidents, stretches);
    }

    private static (Incident, NormalStretch) ReadCase(string repDir, string service, string fault)
    {
        var id = $"rcd-sockshop-{service}-{fault}-{Path.GetFileName(repDir)}";
        var normal = ReadWindow(Path.Combine(repDir, "normal.csv"));
        var anomalous = ReadWindow(Path.Combine(repDir, "anomalous.csv"));
        var onset = anomalous.Timestamps[0];
        var shift = onset - NativeStep - normal.Timestamps[^1];

        var joined = Join(normal, anomalous, shift);
        var baseline = FrameResampler.Downsample(Retimed(normal, shift), Step, onset);
        var frame = Shaped(FrameResampler.Downsample(joined, Step, onset), onset, baseline.Length);
        var incident = new Incident(id, System, id, onset, frame, IncidentContext.Empty, AttributionClass.Fault,
            service, $"rcd {fault} on {service}");

        // Surge durations count samples of the frame the surge is laid on (5 s buckets): counted in the 1 s native
        // samples, most surges ended inside the 2-minute window and "recovered", which no fault here does.
        var stretch = new NormalStretch($"{id}-normal", System, id, baseline, CallGraph.Empty, Step);
        return (incident, stretch);
    }

    /// <summary>
    /// The fault window cut to what the normal recording can match: half of <paramref name="normalLength"/>
    /// before the onset and the rest after it, so that synthetic load grown from the same recording has the
    /// same length and onset position (otherwise frame length alone tells a fault from load).
    /// </summary>
    private static MetricFrame Shaped(MetricFrame frame, DateTimeOffset onset, int normalLength)
    {
        var onsetIndex = frame.IndexAt(onset);
        var before = Math.Min(onsetIndex, normalLength / 2);
        var after = normalLength - before;
        return frame.Slice(onsetIndex - before, Math.Min(frame.Length, onsetIndex + after));
    }

    private static MetricFrame Retimed(MetricFrame frame, TimeSpan shift)
    {
        var builder = new MetricFrameBuilder(frame.Timestamps.Select(t => t + shift).ToArray());
        foreach (var (service, signal, values) in frame.AllSeries())
        {
            builder.Set(service, signal, (double[])values.Clone());
        }

        return builder.Build();
    }

    private static MetricFrame ReadWindow(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, null, null, "the file is missing");
        }

        var table = CsvTable.Read(path);
        var time = table.Column("time");
        var timestamps = table.Rows.Select(row => UnixTime.FromSeconds(table.Number(row, time))
                ?? throw new DatasetFormatException(path, row.Line, "time", "not a Unix time in seconds"))
            .ToArray();
        if (timestamps.Length == 0)
        {
            throw new DatasetFormatException(path, 2, null, "the file has no data rows");
        }

        var builder = new MetricFrameBuilder(timestamps);
        for (var column = 0; column < table.Header.Count; column++)
        {
            if (ParseColumn(table.Header[column]) is { } key)
            {
                builder.Set(key.Service, key.Signal, table.Rows.Select(row => table.Number(row, column)).ToArray());
            }
        }

        return builder.Build();
    }

    private static (string Service, Signal Signal)? ParseColumn(string column)
    {
        foreach (var (suffix, signal) in Suffixes)
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal) && column.Length > suffix.Length)
            {
                return (column[..^suffix.Length], signal);
            }
        }

        return null;
    }

    private static readonly (string Suffix, Signal Signal)[] Suffixes =
    [
        ("_cpu", Signal.Cpu), ("_mem", Signal.Memory), ("_lod", Signal.Load), ("_lat_90", Signal.Latency),
    ];

    private static MetricFrame Join(MetricFrame normal, MetricFrame anomalous, TimeSpan shift)
    {
        var timestamps = normal.Timestamps.Select(t => t + shift).Concat(anomalous.Timestamps).ToArray();
        var builder = new MetricFrameBuilder(timestamps);
        foreach (var (service, signal, values) in anomalous.AllSeries())
        {
            var before = normal[service, signal] ?? NaNs(normal.Length);
            builder.Set(service, signal, [.. before, .. values]);
        }

        return builder.Build();
    }

    private static double[] NaNs(int length) => Enumerable.Repeat(double.NaN, length).ToArray();
}
