using Caaa.Learning.Scenarios;
using Caaa.Learning.Tests.Datasets;

namespace Caaa.Learning.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    [Fact]
    public void Load_DefaultYaml_EqualsTheBuiltInDefaults()
    {
        var options = ScenarioFile.Load(Path.Combine(TestPaths.RepositoryRoot, "scenarios", "default.yaml"));

        Assert.Equal(ScenarioOptions.Default, options);
    }

    [Fact]
    public void Parse_ProbabilityAboveOne_NamesTheKey()
    {
        var error = Assert.Throws<FormatException>(() => ScenarioFile.Parse("fault_during_event: 1.5\n", "s.yaml"));

        Assert.Contains("fault_during_event", error.Message, StringComparison.Ordinal);
        Assert.Contains("s.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() =>
            ScenarioFile.Parse("announced_surge: 0.5\nannounced_surges: 0.7\n", "s.yaml"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PartialFile_KeepsOtherDefaults()
    {
        var options = ScenarioFile.Parse("announced_surge: 0.4\n");

        Assert.Equal(0.4, options.AnnouncedSurge);
        Assert.Equal(ScenarioOptions.Default.FaultDuringEvent, options.FaultDuringEvent);
    }
}
