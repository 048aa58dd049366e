using Caaa.Core.Detection;
using Caaa.Core.Features;
using Caaa.Core.Metrics;
using Caaa.Core.Tests.Support;

namespace Caaa.Core.Tests.Features;

/// <summary>
/// Holds every feature of a few seeded incidents to the values main computed before the extraction was
/// made faster: a speed-up must not move a feature. The families are read in double precision (1e-9
/// relative); the whole extractor, which rounds to float, to within one float rounding step.
/// </summary>
public sealed class FeatureValuesPinTests
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Values this close to zero are cancellation noise; relative error means nothing there.</summary>
    private const double AbsoluteFloor = 1e-15;

    /// <summary>Half a float ulp relative, plus the double tolerance: room for the rounding to float alone.</summary>
    private const double FloatTolerance = 6e-8 + RelativeTolerance;

    public static TheoryData<string> Every => [.. PinnedIncidents.Names];

    public static TheoryData<string> WithoutGaps => [.. PinnedIncidents.Complete];

    [Theory]
    [MemberData(nameof(Every))]
    public void FeatureFamilies_PinnedIncident_ComputeThePinnedValues(string name)
    {
        var incident = PinnedIncidents.Create(name);
        var window = IncidentWindow.At(incident.Frame, incident.Onset);
        var inputs = new FeatureInputs(incident, window, new ZScoreDetector().Score(window));
        var actual = new double[FeatureNames.All.Count];

        WorkloadFeatures.Write(inputs, actual.AsSpan(0, 6));
        BehaviouralFeatures.Write(inputs, actual.AsSpan(6, 6));
        ContextFeatures.Write(inputs, actual.AsSpan(12, 5));
        AdditionalFeatures.Write(inputs, actual.AsSpan(17, AdditionalFeatures.Count));

        AssertClose(PinnedFeatureValues.ByIncident[name], actual, RelativeTolerance, name);
    }

    [Theory]
    [MemberData(nameof(WithoutGaps))]
    public void Extract_PinnedIncident_ReturnsThePinnedVector(string name)
    {
        var incident = PinnedIncidents.Create(name);

        var actual = new FeatureExtractor().Extract(incident).Values;

        AssertClose(PinnedFeatureValues.ByIncident[name], [.. actual.Select(v => (double)v)], FloatTolerance, name);
    }

    [Fact]
    public void PinnedValues_EveryIncident_HaveOneValuePerFeature()
    {
        var counts = PinnedIncidents.Names.Select(n => PinnedFeatureValues.ByIncident[n].Length);

        Assert.All(counts, c => Assert.Equal(FeatureNames.All.Count, c));
    }

    private static void AssertClose(double[] expected, double[] actual, double relative, string incident)
    {
        Assert.Equal(expected.Length, actual.Length);
        var wrong = Enumerable.Range(0, expected.Length)
            .Where(i => Math.Abs(actual[i] - expected[i]) > Math.Max(relative * Math.Abs(expected[i]), AbsoluteFloor))
            .Select(i => $"{FeatureNames.All[i]}: expected {expected[i]:R}, got {actual[i]:R}")
            .ToArray();

        Assert.True(wrong.Length == 0, $"{incident}: {string.Join("; ", wrong)}");
    }
}
