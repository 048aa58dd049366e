using Caaa.Integrations.Prometheus;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class StepPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void C10_Choose_SevenDaysAtFifteenSeconds_SixtySecondsWithinLimit()
    {
        var end = Start.AddDays(7);

        var step = StepPlanner.Choose(Start, end, TimeSpan.FromSeconds(15), 11_000);

        Assert.Equal(TimeSpan.FromSeconds(60), step);
        Assert.True((end - Start) / step <= 11_000);
        Assert.True(step.TotalSeconds >= 55);
    }

    [Theory]
    [InlineData(3600, 15, 15)]
    [InlineData(11_000, 1, 1)]
    [InlineData(11_001, 1, 2)]
    [InlineData(86_400 * 400, 60, 3600)]
    [InlineData(86_400 * 12_000, 60, 86_400 * 2)]
    public void Choose_Ranges_NiceStepUnderLimit(long rangeSeconds, int wanted, long expected)
    {
        var end = Start.AddSeconds(rangeSeconds);

        var step = StepPlanner.Choose(Start, end, TimeSpan.FromSeconds(wanted), 11_000);

        Assert.Equal(TimeSpan.FromSeconds(expected), step);
        Assert.True((end - Start) / step <= 11_000);
    }

    [Fact]
    public void Choose_ZeroStep_Throws()
    {
        var end = Start.AddHours(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => StepPlanner.Choose(Start, end, TimeSpan.Zero, 11_000));
    }
}
