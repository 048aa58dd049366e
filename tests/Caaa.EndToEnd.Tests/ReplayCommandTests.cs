using System.CommandLine;
using System.Text.Json;
using Caaa.Cli;
using Spectre.Console;

namespace Caaa.EndToEnd.Tests;

/// <summary><c>caaa replay</c> on a tiny sample through its own real stack: summary.json and exit code agree.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private const int Cases = 4;

    private readonly string _output = Path.Combine(Path.GetTempPath(), $"caaa-e2e-replay-{Guid.NewGuid():N}");

    [Fact]
    public async Task Replay_TinyRun_SummaryTotalsAndExitCodeMatchTheCases()
    {
        var exit = await RunAsync("replay", "--data", RepositoryRoot.DataDir, "--output", _output,
            "--cases", Cases.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "summary.json")));

        var cases = summary.RootElement.GetProperty("cases").EnumerateArray().ToList();
        var totals = summary.RootElement.GetProperty("totals");
        int Count(Func<JsonElement, bool> which) => cases.Count(which);
        Assert.Equal(Cases, cases.Count);
        Assert.Equal(Cases, totals.GetProperty("cases").GetInt32());
        Assert.Equal(Count(c => Truth(c) == "FAULT"), totals.GetProperty("faults").GetInt32());
        Assert.Equal(Count(c => Truth(c) == "EXPECTED_LOAD"), totals.GetProperty("expected_load").GetInt32());
        Assert.Equal(Count(c => Truth(c) == "FAULT" && Silenced(c)), totals.GetProperty("faults_silenced").GetInt32());
        Assert.Equal(Count(c => Attribution(c) != "NONE"), totals.GetProperty("attributed").GetInt32());
        Assert.Equal(Count(c => Attribution(c) == "UNKNOWN"), totals.GetProperty("unknown").GetInt32());
        Assert.Equal(totals.GetProperty("faults_silenced").GetInt32() == 0 ? 0 : 2, exit);
        Assert.Equal(Cases, totals.GetProperty("attributed").GetInt32());
        Assert.All(cases, c => Assert.True(c.GetProperty("annotated").GetBoolean(), c.ToString()));
        var scraped = summary.RootElement.GetProperty("scraped_attributions_total").EnumerateObject()
            .Sum(p => p.Value.GetDouble());
        Assert.True(scraped >= Cases, $"Prometheus saw {scraped} attributions for {Cases} cases");
    }

    private static string Truth(JsonElement c) => c.GetProperty("truth").GetString()!;

    private static string Attribution(JsonElement c) => c.GetProperty("attribution").GetString()!;

    private static bool Silenced(JsonElement c) => c.GetProperty("silenced").GetBoolean();

    private static async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        return await CaaaCli.Build(console).Parse(args).InvokeAsync(configuration);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
