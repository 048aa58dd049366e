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
    /// A surge of <paramref name="kind"/> starting inside <paramref name="stretch"/>; the incident frame holds
    /// <paramref name="before"/> samples before the surge start (the onset) and <paramref name="after"/> from it
    /// on, so that a synthetic window has exactly the length and onset position of a real fault window of the same
    /// system (anything else lets frame length tell the classes apart).
    /// </summary>
    public static CaseDraft Grow(string id, NormalStretch stretch, SurgeKind kind, int before, int after,
        Random random)
    {
        var frame = stretch.Frame;
        var (beforeSamples, afterSamples) = Fit(before, after, frame.Length);
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

    /// <summary>
    /// The requested window, shrunk in proportion when the stretch is shorter than it (fault windows are cut to
    /// what normal traffic allows, so this is a guard), keeping at least one sample before and three after the
    /// onset.
    /// </summary>
    private static (int Before, int After) Fit(int before, int after, int length)
    {
        before = Math.Max(1, before);
        after = Math.Max(MinimumSamplesAfterOnset, after);
        if (before + after <= length)
        {
            return (before, after);
        }

        var scaledBefore = Math.Clamp((int)Math.Round(length * (before / (double)(before + after))), 1,
            Math.Max(1, length - MinimumSamplesAfterOnset));
        return (scaledBefore, Math.Max(1, length - scaledBefore));
    }

    private static string Origin(Surge surge) =>
        string.Create(CultureInfo.InvariantCulture, $"{surge.Kind.Name} x{surge.Multiplier:0.0}");
}
