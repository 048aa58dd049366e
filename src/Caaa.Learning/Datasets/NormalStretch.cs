using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>
/// A stretch of real fault-free traffic that synthetic load is grown from.
/// </summary>
/// <param name="Group">The split group: a stretch cut from a fault case's baseline shares that case's group.</param>
/// <param name="SeedSampleDuration">
/// How long one "sample" of the research plan's surge durations lasts for this dataset (its native sampling
/// interval), so a surge covers the same share of an observation window in every dataset.
/// </param>
internal sealed record NormalStretch(
    string Id,
    string System,
    string Group,
    MetricFrame Frame,
    CallGraph CallGraph,
    TimeSpan SeedSampleDuration);
