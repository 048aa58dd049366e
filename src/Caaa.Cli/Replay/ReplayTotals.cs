using System.Text.Json.Serialization;

namespace Caaa.Cli.Replay;

internal sealed record ReplayTotals(
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("faults")] int Faults,
    [property: JsonPropertyName("expected_load")] int ExpectedLoad,
    [property: JsonPropertyName("announced_expected_load")] int AnnouncedExpectedLoad,
    [property: JsonPropertyName("faults_silenced")] int FaultsSilenced,
    [property: JsonPropertyName("faults_attributed_expected_load")] int FaultsAttributedExpectedLoad,
    [property: JsonPropertyName("expected_load_silenced")] int ExpectedLoadSilenced,
    [property: JsonPropertyName("announced_expected_load_silenced")] int AnnouncedExpectedLoadSilenced,
    [property: JsonPropertyName("unknown")] int Unknown,
    [property: JsonPropertyName("attributed")] int Attributed,
    [property: JsonPropertyName("agree_with_offline")] int AgreeWithOffline,
    [property: JsonPropertyName("largest_confidence_gap")] double LargestConfidenceGap)
{
    public static ReplayTotals From(IReadOnlyList<ReplayCaseResult> cases)
    {
        var faults = cases.Where(c => c.Truth == "FAULT").ToList();
        var load = cases.Where(c => c.Truth == "EXPECTED_LOAD").ToList();
        var announced = load.Where(c => c.Announced).ToList();
        return new ReplayTotals(
            cases.Count,
            faults.Count,
            load.Count,
            announced.Count,
            faults.Count(c => c.Silenced),
            faults.Count(c => c.Attribution == "EXPECTED_LOAD"),
            load.Count(c => c.Silenced),
            announced.Count(c => c.Silenced),
            cases.Count(c => c.Attribution == "UNKNOWN"),
            cases.Count(c => c.Attribution != "NONE"),
            cases.Count(c => c.Attribution == c.OfflineAttribution),
            cases.Where(c => c.Confidence is not null)
                .Select(c => Math.Abs(c.Confidence!.Value - c.OfflineConfidence))
                .DefaultIfEmpty(0)
                .Max());
    }
}
