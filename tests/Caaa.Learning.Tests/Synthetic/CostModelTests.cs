using Caaa.Core.Metrics;
using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Tests.Synthetic;

public sealed class CostModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fit_CpuProportionalWithIdle_KeepsTheMeasuredSlope()
    {
        var load = Enumerable.Range(0, 60).Select(i => 10.0 + (i % 20)).ToArray();
        var cpu = load.Select(l => 0.5 + (0.02 * l)).ToArray();

        var cost = CostModel.Fit(Frame(load, cpu)).For("checkout")!;

        Assert.Equal(0.02, cost.Slope, 9);
        Assert.Equal(0.5, cost.Intercept, 9);
    }

    [Fact]
    public void Fit_SlopeImplyingNegativeIdleCpu_BoundedToTheMeanCostPerRequest()
    {
        // A narrow range of load with a steep fit: CPU = 2·load − 15 would be negative at idle.
        var load = Enumerable.Range(0, 60).Select(i => 10.0 + ((i % 5) * 0.25)).ToArray();
        var cpu = load.Select(l => (2 * l) - 15).ToArray();

        var cost = CostModel.Fit(Frame(load, cpu)).For("checkout")!;

        Assert.Equal(cost.MeanCpu / cost.MeanLoad, cost.Slope, 9);
        Assert.Equal(0, cost.Intercept, 9);
    }

    private static MetricFrame Frame(double[] load, double[] cpu)
    {
        var axis = Enumerable.Range(0, load.Length).Select(i => Start.AddSeconds(15 * i)).ToArray();
        return new MetricFrameBuilder(axis)
            .Set("checkout", Signal.Load, load)
            .Set("checkout", Signal.Cpu, cpu)
            .Build();
    }
}
