using Caaa.Core.Incidents;

namespace Caaa.Learning.Datasets;

/// <summary>What one dataset reader yields: labelled incidents and normal traffic.</summary>
internal sealed record DatasetCases(IReadOnlyList<Incident> Incidents, IReadOnlyList<NormalStretch> NormalStretches)
{
    public static DatasetCases Empty { get; } = new([], []);
}
