using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class NezhaTimeTests
{
    [Fact]
    public void TryParse_GoTimeWithMonotonicReading_ReturnsUtcInstant()
    {
        var text = "2022-08-22 03:51:19.607158889 +0000 UTC m=+0.113112869";

        var ok = NezhaTime.TryParse(text, out var instant);

        Assert.True(ok);
        Assert.Equal(new DateTimeOffset(2022, 8, 22, 3, 51, 19, TimeSpan.Zero).AddTicks(6071588), instant);
    }

    [Fact]
    public void TryParse_NonZeroOffset_KeepsTheOffset()
    {
        var ok = NezhaTime.TryParse("2022-08-22 11:51:19 +0800 CST", out var instant);

        Assert.True(ok);
        Assert.Equal(new DateTimeOffset(2022, 8, 22, 3, 51, 19, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("1861140279")]
    [InlineData("yesterday at ten")]
    [InlineData("")]
    public void TryParse_NotAGoTime_ReturnsFalse(string text)
    {
        var ok = NezhaTime.TryParse(text, out _);

        Assert.False(ok);
    }

    [Theory]
    [InlineData("adservice-5f6585d649-fnmft", "adservice")]
    [InlineData("ts-auth-service-7f8d7d756d-k7b9j", "ts-auth-service")]
    public void ServiceOf_PodName_StripsReplicaSetAndPodHash(string pod, string service)
    {
        Assert.Equal(service, NezhaPods.ServiceOf(pod));
    }
}
