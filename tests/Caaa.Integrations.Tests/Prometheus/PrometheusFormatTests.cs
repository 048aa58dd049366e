using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class PrometheusFormatTests
{
    [Fact]
    public void C14_Seconds_UnderGermanCulture_IntegerOrDecimalWithoutUnit()
    {
        using var culture = new CultureScope("de-DE");

        var minute = PrometheusFormat.Seconds(TimeSpan.FromSeconds(60));
        var week = PrometheusFormat.Seconds(TimeSpan.FromDays(7));
        var fraction = PrometheusFormat.Seconds(TimeSpan.FromMilliseconds(1500));

        Assert.Equal("60", minute);
        Assert.Equal("604800", week);
        Assert.Equal("1.5", fraction);
    }

    [Fact]
    public void C14_UnixSeconds_UnderGermanCulture_DecimalPointNoExponent()
    {
        using var culture = new CultureScope("de-DE");

        var text = PrometheusFormat.UnixSeconds(DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_250));

        Assert.Equal("1767225600.25", text);
    }
}
