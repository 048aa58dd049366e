using Caaa.Core.Context;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using CsCheck;

namespace Caaa.Core.Tests.Features;

public sealed class FeatureExtractorPropertyTests
{
    private static readonly double[] Awkward =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -1, 1e300, -1e300, 1e-300, 42,
    ];

    private static readonly Gen<double> Sample = Gen.Frequency(
        (6, Gen.Double[-1e6, 1e6]),
        (2, Gen.OneOfConst(Awkward)),
        (1, Gen.Double));

    private static readonly Gen<Incident> AnyIncident =
        from length in Gen.Int[0, 40]
        from services in Gen.Int[0, 4]
        from signals in Gen.Enum<Signal>().Array[0, 5]
        from values in Sample.Array[length * services * 5]
        from onsetMinute in Gen.Int[-10, 50]
        from complete in Gen.Bool
        select Build(length, services, signals, values, onsetMinute, complete);

    [Fact]
    public void Extract_AnyFrame_EveryFeatureFinite()
    {
        var extractor = new FeatureExtractor();

        AnyIncident.Sample(incident =>
        {
            var features = extractor.Extract(incident);

            Assert.Equal(FeatureNames.All.Count, features.Values.Length);
            Assert.All(features.Values, v => Assert.True(float.IsFinite(v)));
        }, iter: 2000);
    }

    private static Incident Build(
        int length,
        int services,
        Signal[] signals,
        double[] values,
        int onsetMinute,
        bool complete)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var builder = new MetricFrameBuilder(Enumerable.Range(0, length).Select(i => start.AddMinutes(i)).ToArray());
        var next = 0;
        for (var s = 0; s < services; s++)
        {
            foreach (var signal in signals.Distinct())
            {
                builder.Set($"s{s}", signal, values.AsSpan(next, length).ToArray());
                next += length;
            }
        }

        var onset = start.AddMinutes(onsetMinute);
        var context = new IncidentContext(
            [new ContextEvent(ContextEventKind.Calendar, "sale", onset.AddHours(-1), null, [], "test", 1e300)],
            complete);
        return new Incident("p", "test", "g", onset, builder.Build(), context);
    }
}
