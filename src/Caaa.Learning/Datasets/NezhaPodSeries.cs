using Caaa.Core.Metrics;

namespace Caaa.Learning.Datasets;

/// <summary>One pod file's signals placed on the day's time grid, in CAAA's units.</summary>
internal sealed record NezhaPodSeries(string Pod, string Service, IReadOnlyDictionary<Signal, double[]> Signals);
