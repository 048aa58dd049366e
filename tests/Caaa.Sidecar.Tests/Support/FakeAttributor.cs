using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Sidecar.Pipeline;

namespace Caaa.Sidecar.Tests.Support;

/// <summary>Returns the class and confidence a test sets; counts calls; remembers what it was given.</summary>
internal sealed class FakeAttributor : IIncidentAttributor, IModelState
{
    private int _calls;

    public AttributionClass Class { get; set; } = AttributionClass.ExpectedLoad;

    public double Confidence { get; set; } = 0.95;

    public int Calls => Volatile.Read(ref _calls);

    public Incident? LastIncident { get; private set; }

    public EvidenceQuality? LastQuality { get; private set; }

    public bool IsLoaded { get; set; } = true;

    public string Version => "fake-1";

    public AttributionOutcome Attribute(Incident incident, EvidenceQuality quality)
    {
        Interlocked.Increment(ref _calls);
        LastIncident = incident;
        LastQuality = quality;
        var features = Enumerable.Range(0, FeatureNames.All.Count).Select(i => i / 10f).ToArray();
        var probabilities = new Dictionary<AttributionClass, double> { [Class] = Confidence };
        return new AttributionOutcome(
            new Attribution(Class, Confidence, probabilities, [$"fake says {Class.ToWire()}"]),
            features);
    }
}
