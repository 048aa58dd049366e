using Caaa.Integrations.Prometheus;
using Caaa.Integrations.Tests.Cases;

namespace Caaa.Integrations.Tests.Prometheus;

public sealed class SampleValueTests
{
    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("+Inf", double.PositiveInfinity)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    [InlineData("1.5", 1.5)]
    [InlineData("2.5e-07", 2.5e-07)]
    [InlineData("-0", -0.0)]
    [InlineData("1.2345678e-67", 1.2345678e-67)]
    public void C09_TryParse_PrometheusSpellings_UnderGermanCulture(string text, double expected)
    {
        using var culture = new CultureScope("de-DE");

        var ok = SampleValue.TryParse(text, out var value);

        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("")]
    [InlineData(" 1")]
    [InlineData("0x10")]
    [InlineData(null)]
    public void TryParse_NotAPrometheusNumber_False(string? text)
    {
        var ok = SampleValue.TryParse(text, out _);

        Assert.False(ok);
    }
}
