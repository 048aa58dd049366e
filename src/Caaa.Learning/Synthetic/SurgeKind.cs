namespace Caaa.Learning.Synthetic;

/// <summary>
/// A kind of legitimate traffic surge with the research plan's ranges. Durations are counted in samples of
/// the source data (see <see cref="Datasets.NormalStretch.SeedSampleDuration"/>); the ramp takes
/// <see cref="RampRatio"/> of the duration on the way up and again on the way down.
/// </summary>
internal sealed record SurgeKind(
    string Name,
    double MinMultiplier,
    double MaxMultiplier,
    int MinSamples,
    int MaxSamples,
    double RampRatio,
    bool Planned)
{
    public static SurgeKind FlashSale { get; } = new("flash_sale", 2.0, 5.0, 30, 120, 0.1, true);

    public static SurgeKind MarketingCampaign { get; } = new("marketing_campaign", 1.5, 3.0, 60, 240, 0.2, true);

    public static SurgeKind ScheduledBatch { get; } = new("scheduled_batch", 1.3, 2.0, 20, 60, 0.05, true);

    /// <summary>Organic virality: nobody planned it, so it is never on a calendar by default.</summary>
    public static SurgeKind ViralContent { get; } = new("viral_content", 3.0, 10.0, 60, 180, 0.3, false);

    public static IReadOnlyList<SurgeKind> All { get; } = [FlashSale, MarketingCampaign, ScheduledBatch, ViralContent];

    /// <summary>A multiplier and duration drawn uniformly from the ranges (upper duration bound exclusive).</summary>
    public Surge Draw(Random random, DateTimeOffset start, TimeSpan sample)
    {
        var multiplier = MinMultiplier + (random.NextDouble() * (MaxMultiplier - MinMultiplier));
        var duration = sample * random.Next(MinSamples, MaxSamples);
        var ramp = duration * RampRatio;
        return new Surge(this, multiplier, start, duration, ramp > sample ? ramp : sample);
    }
}
