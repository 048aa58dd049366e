using Caaa.Learning.Synthetic;

namespace Caaa.Learning.Tests.Synthetic;

public sealed class SurgeTests
{
    [Fact]
    public void Profile_RampsUpHoldsAndRampsDown()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var surge = new Surge(SurgeKind.FlashSale, 3.0, start, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(5));
        var times = Enumerable.Range(-2, 25).Select(i => start.AddMinutes(i)).ToArray();

        var profile = surge.Profile(times, new Random(1));

        Assert.Equal(1.0, profile[0]);
        Assert.Equal(1.0, profile[2]);
        Assert.Equal(1.0 + (2.0 * 2 / 5), profile[4], 6);
        Assert.InRange(profile[12], 2.7, 3.3);
        Assert.Equal(1.0, profile[^1]);
        Assert.All(profile, m => Assert.True(m >= 1.0));
    }

    [Fact]
    public void Draw_StaysInTheKindsRanges()
    {
        var random = new Random(4);
        var sample = TimeSpan.FromMinutes(1);

        var surges = Enumerable.Range(0, 200)
            .Select(_ => SurgeKind.ScheduledBatch.Draw(random, DateTimeOffset.UnixEpoch, sample)).ToArray();

        Assert.All(surges, s =>
        {
            Assert.InRange(s.Multiplier, 1.3, 2.0);
            Assert.InRange(s.Duration, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(59));
        });
    }
}
