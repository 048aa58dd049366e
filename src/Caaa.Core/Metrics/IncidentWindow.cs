namespace Caaa.Core.Metrics;

/// <summary>
/// A frame split at the incident's onset: "before" is the baseline, "after" is what the alert is about.
/// When the onset lies outside the frame the halves stand in, as the research plan did.
/// </summary>
internal readonly record struct IncidentWindow(MetricFrame Frame, int Split)
{
    public int Length => Frame.Length;

    public int AfterLength => Frame.Length - Split;

    public static IncidentWindow At(MetricFrame frame, DateTimeOffset onset)
    {
        var index = frame.IndexAt(onset);
        var inside = index > 0 && index < frame.Length;
        return new IncidentWindow(frame, inside ? index : frame.Length / 2);
    }

    public ReadOnlySpan<double> Before(double[] values) => values.AsSpan(0, Split);

    public ReadOnlySpan<double> After(double[] values) => values.AsSpan(Split);
}
