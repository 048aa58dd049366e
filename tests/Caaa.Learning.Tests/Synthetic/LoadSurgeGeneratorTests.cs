using Caaa.Core.Attribution;
using Caaa.Core.Metrics;
using Caaa.Learning.Synthetic;
using MathNet.Numerics.Statistics;

namespace Caaa.Learning.Tests.Synthetic;

public sealed class LoadSurgeGeneratorTests
{
    private const int Before = 30;
    private const int After = 10;

    [Fact]
    public void Grow_SameSeed_SameCase()
    {
        var stretch = TestStretches.Create();

        var first = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(3));
        var second = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(3));

        Assert.Equal(first.Surge, second.Surge);
        Assert.Equal(first.Incident.Frame["cart", Signal.Cpu], second.Incident.Frame["cart", Signal.Cpu]);
    }

    [Fact]
    public void Grow_OtherSeed_OtherCase()
    {
        var stretch = TestStretches.Create();

        var first = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(3));
        var second = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(4));

        Assert.NotEqual(first.Surge!.Multiplier, second.Surge!.Multiplier);
    }

    [Fact]
    public void Grow_Incident_IsExpectedLoadInTheStretchGroupWithOnsetAtSurgeStart()
    {
        var stretch = TestStretches.Create(group: "nezha-ob-2022-08-22-n03");

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.MarketingCampaign, Before, After, new Random(1));

        Assert.Equal(AttributionClass.ExpectedLoad, draft.Incident.Label);
        Assert.Equal("nezha-ob-2022-08-22-n03", draft.Incident.Group);
        Assert.Equal(draft.Surge!.Start, draft.Incident.Onset);
        Assert.Equal(30, draft.Incident.Frame.IndexAt(draft.Incident.Onset));
        Assert.StartsWith("marketing_campaign x", draft.Incident.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Grow_CpuFollowsLoadAtTheMeasuredCostPerRequest()
    {
        var stretch = TestStretches.Create();
        var costs = CostModel.Fit(stretch.Frame);

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(11));
        var frame = draft.Incident.Frame;
        var offset = stretch.Frame.IndexAt(frame.Timestamps[0]);
        var extraLoad = Delta(frame["cart", Signal.Load]!, stretch.Frame["cart", Signal.Load]!, offset);
        var extraCpu = Delta(frame["cart", Signal.Cpu]!, stretch.Frame["cart", Signal.Cpu]!, offset);

        Assert.InRange(costs.For("cart")!.Slope, TestStretches.CartCost * 0.9, TestStretches.CartCost * 1.1);
        Assert.True(extraLoad.Sum() > 0);
        Assert.Equal(costs.For("cart")!.Slope, extraCpu.Sum() / extraLoad.Sum(), 6);
    }

    [Fact]
    public void Grow_ErrorsUnchangedAndLatencyNeverFalls()
    {
        var stretch = TestStretches.Create();

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.ViralContent, Before, After, new Random(5));
        var frame = draft.Incident.Frame;
        var offset = stretch.Frame.IndexAt(frame.Timestamps[0]);

        foreach (var service in frame.Services)
        {
            Assert.Equal(stretch.Frame[service, Signal.Errors]![offset..(offset + frame.Length)],
                frame[service, Signal.Errors]);
            Assert.All(Delta(frame[service, Signal.Latency]!, stretch.Frame[service, Signal.Latency]!, offset),
                d => Assert.True(d >= 0));
        }
    }

    [Fact]
    public void Grow_ServicesOffTheCallGraphKeepTheirLoad()
    {
        var stretch = TestStretches.Create();

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(2));
        var frame = draft.Incident.Frame;
        var offset = stretch.Frame.IndexAt(frame.Timestamps[0]);
        var last = frame.Length - 1;

        Assert.Equal(stretch.Frame["batch", Signal.Load]![offset + last], frame["batch", Signal.Load]![last]);
        Assert.True(frame["cart", Signal.Load]![last] > stretch.Frame["cart", Signal.Load]![offset + last] * 1.3);
    }

    [Fact]
    public void OverFault_KeepsFaultLabelAndGroup()
    {
        var stretch = TestStretches.Create();
        var fault = LoadSurgeGenerator.Grow("f", stretch, SurgeKind.ScheduledBatch, Before, After, new Random(1))
            .Incident with { Label = AttributionClass.Fault, Group = "fault-group", Id = "fault-1" };

        var draft = LoadSurgeGenerator.OverFault("fault-1-ful", fault, SurgeKind.FlashSale, stretch.CallGraph,
            CostModel.Fit(stretch.Frame), stretch.SeedSampleDuration, new Random(9));

        Assert.Equal(AttributionClass.Fault, draft.Incident.Label);
        Assert.Equal("fault-group", draft.Incident.Group);
        Assert.Equal(fault.Onset, draft.Incident.Onset);
        Assert.True(draft.Surge!.Start <= fault.Onset);
    }

    [Fact]
    public void Grow_StretchShorterThanTheWindow_ShrinksBothSidesInProportion()
    {
        var stretch = TestStretches.Create(length: 40);

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, 40, 40, new Random(1));

        Assert.Equal(40, draft.Incident.Frame.Length);
        Assert.Equal(20, draft.Incident.Frame.IndexAt(draft.Incident.Onset));
    }

    [Fact]
    public void Grow_WindowHasExactlyTheRequestedSamplesBeforeAndAfterTheOnset()
    {
        var stretch = TestStretches.Create();

        var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.ViralContent, 3, 8, new Random(4));

        Assert.Equal(11, draft.Incident.Frame.Length);
        Assert.Equal(3, draft.Incident.Frame.IndexAt(draft.Incident.Onset));
    }

    [Fact]
    public void Grow_StrongSurge_MemoryOfTheServicesDoesNotMoveInLockStep()
    {
        var stretch = TestStretches.Create();
        var ratios = new List<double>();

        for (var seed = 0; seed < 20; seed++)
        {
            var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.ViralContent, Before, After,
                new Random(seed));
            var frame = draft.Incident.Frame;
            var offset = stretch.Frame.IndexAt(frame.Timestamps[0]);
            ratios.AddRange(frame.Services.Select(s =>
                frame[s, Signal.Memory]![^1] / stretch.Frame[s, Signal.Memory]![offset + frame.Length - 1]));
        }

        var responding = ratios.Where(r => r > 1.0).ToArray();
        Assert.All(ratios, r => Assert.InRange(r, 1.0, 1 + (SurgeTransform.MaxMemoryShare * 10)));
        Assert.Contains(ratios, r => r == 1.0);
        Assert.InRange(responding.Length, ratios.Count / 4, ratios.Count * 3 / 4);
        Assert.Equal(responding.Length, responding.Distinct().Count());
    }

    [Fact]
    public void Grow_Surge_KeepsTheMeasuredMemoryNoise()
    {
        var stretch = TestStretches.Create();
        var (measured, grown) = (new List<double>(), new List<double>());

        for (var seed = 0; seed < 10; seed++)
        {
            var draft = LoadSurgeGenerator.Grow("s-1", stretch, SurgeKind.FlashSale, Before, After, new Random(seed));
            var frame = draft.Incident.Frame;
            var offset = stretch.Frame.IndexAt(frame.Timestamps[0]);
            measured.AddRange(Steps(stretch.Frame["cart", Signal.Memory]![offset..(offset + frame.Length)]));
            grown.AddRange(Steps(frame["cart", Signal.Memory]!));
        }

        Assert.True(grown.StandardDeviation() >= 0.8 * measured.StandardDeviation(),
            $"sample-to-sample noise {grown.StandardDeviation()} against {measured.StandardDeviation()} measured");
    }

    private static IEnumerable<double> Steps(double[] values) =>
        values.Skip(1).Select((v, i) => Math.Log(v / values[i]));

    private static double[] Delta(double[] after, double[] before, int offset) =>
        after.Select((v, i) => v - before[offset + i]).ToArray();
}
