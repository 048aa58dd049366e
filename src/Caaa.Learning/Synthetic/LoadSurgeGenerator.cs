using System.Globalization;
using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Core.Incidents;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Synthetic;

/// <summary>
/// Grows EXPECTED_LOAD incidents from real normal traffic, and FAULT-under-load incidents from real faults, with
/// the physics of <see cref="SurgeTransform"/>. All randomness comes from the caller's seeded
/// <see cref="Random"/>, so a seed reproduces every case.
/// </summary>
internal static class LoadSurgeGenerator
{
    private const int MinimumSamplesAfterOnset = 3;

    /// <summary>
    /// A surge of <paramref name="kind"/> starting inside <paramref name="stretch"/>; the incident frame holds up to
    /// <paramref name="before"/> of traffic before the surge start (the onset) and up to <paramref name="after"/>
    /// after it, so that synthetic windows can be shaped like the real fault windows of the same system.
    /// </summary>
    public static CaseDraft Grow(string id, NormalStretch stretch, SurgeKind kind, TimeSpan before, TimeSpan after,
        Random random)
    {
        var frame = stretch.Frame;
        var step = FrameResampler.MedianStep(frame.Timestamps);
        var afterSamples = Math.Clamp(Samples(after, step), MinimumSamplesAfterOnset, Math.Max(1, frame.Length - 1));
        var beforeSamples = Math.Clamp(Samples(before, step), 1, Math.Max(1, frame.Length - afterSamples));
        var latestStart = Math.Max(beforeSamples, frame.Length - afterSamples);
        var startIndex = random.Next(beforeSamples, latestStart + 1);

        var surge = kind.Draw(random, frame.Timestamps[Math.Min(startIndex, frame.Length - 1)], stretch.SeedSampleDuration);
        var surged = SurgeTransform.Apply(frame, surge, stretch.CallGraph, CostModel.Fit(frame), random);
        var window = surged.Slice(startIndex - beforeSamples, Math.Min(frame.Length, startIndex + afterSamples));

        var incident = new Incident(id, stretch.System, stretch.Group, surge.Start, window, IncidentContext.Empty,
            AttributionClass.ExpectedLoad, null, Origin(surge));
        return new CaseDraft(incident, surge);
    }

    /// <summary>
    /// The same fault with a surge starting up to five samples before its onset: the fault still happened, so the
    /// label stays FAULT and the group stays the fault's.
    /// </summary>
    public static CaseDraft OverFault(string id, Incident fault, SurgeKind kind, CallGraph graph, CostModel costs,
        TimeSpan seedSample, Random random)
    {
        var onsetIndex = Math.Min(fault.Frame.IndexAt(fault.Onset), fault.Frame.Length - 1);
        var startIndex = Math.Max(0, onsetIndex - random.Next(0, 6));
        var surge = kind.Draw(random, fault.Frame.Timestamps[startIndex], seedSample);
        var surged = SurgeTransform.Apply(fault.Frame, surge, graph, costs, random);

        var incident = fault with { Id = id, Frame = surged, Origin = $"{fault.Origin} under {Origin(surge)}" };
        return new CaseDraft(incident, surge);
    }

    private static int Samples(TimeSpan span, TimeSpan step) =>
        step <= TimeSpan.Zero ? 1 : (int)Math.Round(span / step);

    private static string Origin(Surge surge) =>
        string.Create(CultureInfo.InvariantCulture, $"{surge.Kind.Name} x{surge.Multiplier:0.0}");
}
