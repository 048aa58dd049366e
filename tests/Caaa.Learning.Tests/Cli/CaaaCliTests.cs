using System.Text.Json;
using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Tests.Cli;

public sealed class CaaaCliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"caaa-cli-{Guid.NewGuid():N}");

    private string Data => Path.Combine(_root, "data");

    private string Output => Path.Combine(_root, "out");

    [Fact]
    public async Task Evaluate_FixtureData_WritesEveryOutput()
    {
        FixtureData.Create(Data);

        var run = await CliRun.InvokeAsync("evaluate", "--data", Data, "--output", Output, "--seed", "3");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        foreach (var file in new[] { "metrics.json", "report.md", "confusion_matrix.png", "feature_importance.png" })
        {
            Assert.True(File.Exists(Path.Combine(Output, file)), file);
        }

        Assert.NotEmpty(Directory.GetFiles(Output, "timeline_*.png"));
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "metrics.json")));
        Assert.Equal("leave-one-system-out", metrics.RootElement.GetProperty("protocol").GetString());
        Assert.Equal(2, metrics.RootElement.GetProperty("per_system").EnumerateObject().Count());
        Assert.Contains("everything_is_a_fault", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingDataDirectory_OneLineOnStderrAndNonZeroExit()
    {
        var run = await CliRun.InvokeAsync("evaluate", "--data", Path.Combine(_root, "absent"), "--output", Output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("caaa: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("absent", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Evaluate_OutputIsAFile_OneLineBeforeAnyWork()
    {
        FixtureData.Create(Data);
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "x");

        var run = await CliRun.InvokeAsync("evaluate", "--data", Data, "--output", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"caaa: --output '{file}' is a file; give a directory.", run.Error.Trim());
        Assert.DoesNotContain("loading data", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Features_OutputUnderAFile_OneLineBeforeAnyWork()
    {
        FixtureData.Create(Data);
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "x");

        var run = await CliRun.InvokeAsync("features", "--data", Data, "--output", Path.Combine(file, "f.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"caaa: --output '{file}' is a file", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("loading data", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_DataIsAFile_SaysItIsAFile()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "data.csv");
        File.WriteAllText(file, "x");

        var run = await CliRun.InvokeAsync("train", "--data", file, "--output", Path.Combine(Output, "m.zip"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task Replay_CasesBelowOne_RefusedBeforeStartingAnything(string cases)
    {
        var run = await CliRun.InvokeAsync("replay", "--cases", cases, "--output", Output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--cases must be at least 1", run.Error + run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Evaluate_MalformedFile_NamesTheFileAndLineWithoutStackTrace()
    {
        FixtureData.Create(Data);
        FixtureData.Corrupt(Data);

        var run = await CliRun.InvokeAsync("evaluate", "--data", Data, "--output", Output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("data.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 6", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--load-ratio", "-1")]
    [InlineData("--confidence-threshold", "2")]
    [InlineData("--fault-margin", "0.5")]
    [InlineData("--fault-without-surge", "maybe")]
    [InlineData("--fault-margin", "abc")]
    [InlineData("--confidence-threshold", "high")]
    [InlineData("--seed", "abc")]
    [InlineData("--load-ratio", "x")]
    [InlineData("--model", "svm")]
    [InlineData("--protocol", "random-split")]
    public async Task Evaluate_BadOptionValue_NonZeroExitNamingTheOption(string option, string value)
    {
        var run = await CliRun.InvokeAsync("evaluate", "--output", Output, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Evaluate_MissingDataDirectory_OneLineAndNoOutputDirectory()
    {
        var run = await CliRun.InvokeAsync("evaluate", "--data", Path.Combine(Data, "absent"), "--output", Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Features_FixtureData_WritesOneRowPerCaseWithEveryFeature()
    {
        FixtureData.Create(Data);
        var csv = Path.Combine(Output, "features.csv");

        var run = await CliRun.InvokeAsync("features", "--data", Data, "--output", csv);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(
            ["id", "system", "group", "truth", "origin", "frame_samples", "onset_index", "gap_share",
                .. FeatureNames.All],
            lines[0].Split(','));
        Assert.True(lines.Length > 12, $"{lines.Length} lines");
        Assert.All(lines.Skip(1), l => Assert.Equal(8 + FeatureNames.All.Count, l.Split(',').Length));
    }

    [Fact]
    public async Task Features_OneCaseFolderAsJson_PrintsEveryNamedFeature()
    {
        FixtureData.Create(Data);
        var caseDir = Path.GetDirectoryName(
            Directory.EnumerateFiles(Data, "inject_time.txt", SearchOption.AllDirectories).Order().First())!;

        var run = await CliRun.InvokeAsync("features", "--input", caseDir, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var features = Assert.Single(json.RootElement.EnumerateArray()).GetProperty("features");
        Assert.Equal(FeatureNames.All, features.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Features_InputThatIsNoCase_FailsWithOneLine()
    {
        var run = await CliRun.InvokeAsync("features", "--input", Path.Combine(_root, "absent"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--input", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_FixtureData_WritesAModelCoreCanLoad()
    {
        FixtureData.Create(Data);
        var file = Path.Combine(Output, "model.zip");

        var run = await CliRun.InvokeAsync("train", "--data", Data, "--output", file, "--model", "fasttree");

        Assert.True(run.ExitCode == 0, run.Error);
        var model = AttributionModel.Load(file);
        Assert.Equal(ClassifierKind.FastTree, model.Info.Kind);
    }

    [Fact]
    public async Task Help_Root_ListsTheVerbs()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("evaluate", run.Output, StringComparison.Ordinal);
        Assert.Contains("train", run.Output, StringComparison.Ordinal);
        Assert.Contains("features", run.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
