using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Reliability.Tests.Support;

/// <summary>Answers the class a test sets; counts calls.</summary>
internal sealed class TestAttributor : IIncidentAttributor, IModelState
{
    private int _calls;

    public AttributionClass Class { get; set; } = AttributionClass.ExpectedLoad;

    public double Confidence { get; set; } = 0.97;

    public int Calls => Volatile.Read(ref _calls);

    public bool IsLoaded => true;

    public string Version => "test-1";

    public AttributionResult Attribute(Incident incident, EvidenceQuality quality)
    {
        Interlocked.Increment(ref _calls);
        var features = new float[FeatureNames.All.Count];
        var probabilities = new Dictionary<AttributionClass, double> { [Class] = Confidence };
        return new AttributionResult(new Attribution(Class, Confidence, probabilities, ["test"]), features);
    }
}
