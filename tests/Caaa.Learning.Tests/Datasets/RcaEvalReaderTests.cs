using Caaa.Core.Metrics;
using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class RcaEvalReaderTests
{
    private static string Tree => Path.Combine(TestPaths.Fixtures, "rcaeval");

    [Fact]
    public void Read_Re1Fixture_ReadsServiceMetricColumnsAndInjectTime()
    {
        var cases = RcaEvalReader.Read(Path.Combine(Tree, "RE1-OB"));

        var incident = Assert.Single(cases.Incidents);

        Assert.Equal("online-boutique", incident.System);
        Assert.Equal("cartservice", incident.RootService);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000040), incident.Onset);
        Assert.NotNull(incident.Frame["frontend", Signal.Errors]);
        Assert.NotNull(incident.Frame["cartservice", Signal.Load]);
        Assert.Equal(TimeSpan.FromSeconds(5), incident.Frame.Timestamps[1] - incident.Frame.Timestamps[0]);
        Assert.Equal(12, incident.Frame.Length);
    }

    [Fact]
    public void Read_Re2Fixture_PrefersTheNinetiethPercentileLatency()
    {
        var cases = RcaEvalReader.Read(Path.Combine(Tree, "RE2-TT"));

        var incident = Assert.Single(cases.Incidents);
        var latency = incident.Frame["ts-auth-service", Signal.Latency]!;

        Assert.Equal("train-ticket", incident.System);
        Assert.Equal(0.05, latency[0], 6);
        Assert.Equal(0.9, latency[^1], 6);
        Assert.Single(cases.NormalStretches);
        Assert.Equal(incident.Group, cases.NormalStretches[0].Group);
    }

    [Fact]
    public void Read_BadNumber_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<DatasetFormatException>(() => RcaEvalReader.Read(Path.Combine(TestPaths.Fixtures, "bad")));

        Assert.EndsWith("data.csv", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal("carts_cpu", error.Column);
        Assert.Contains("'zero.two'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RE1-OB", "online-boutique")]
    [InlineData("RE3-SS", "sock-shop")]
    [InlineData("train-ticket", "train-ticket")]
    public void SystemOf_FolderNames_MapToSystems(string folder, string system)
    {
        var root = Path.Combine(Path.GetTempPath(), "rcaeval", folder);

        Assert.Equal(system, RcaEvalReader.SystemOf(root, Path.Combine(root, "carts_cpu", "1")));
    }

    [Fact]
    public void SystemOf_UnknownFolder_ThrowsNamingThePath()
    {
        var root = Path.Combine(Path.GetTempPath(), "rcaeval", "mystery");

        var error = Assert.Throws<DatasetFormatException>(() => RcaEvalReader.SystemOf(root, Path.Combine(root, "x_y")));

        Assert.Contains("mystery", error.Message, StringComparison.Ordinal);
    }
}
