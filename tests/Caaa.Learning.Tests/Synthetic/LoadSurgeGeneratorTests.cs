using Caaa.Core.Attribution;
using Caaa.Core.Metrics;
using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Tests.Synthetic;

public sealed class LoadSurgeGeneratorTests
{
    private static readonly TimeSpan Before = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(10);

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

    private static double[] Delta(double[] after, double[] before, int offset) =>
        after.Select((v, i) => v - before[offset + i]).ToArray();
}
