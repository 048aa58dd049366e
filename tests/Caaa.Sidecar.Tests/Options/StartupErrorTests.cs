using System.Diagnostics;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Wiring;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Tests.Options;

/// <summary>The sidecar process with a bad configuration: one line per problem on stderr, exit code 1.</summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "caaa-startup-tests", Guid.NewGuid().ToString("N"));

    public StartupErrorTests()
    {
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public async Task Sidecar_InvalidOptions_OneLinePerKeyAndExitCode1()
    {
        var config = WriteConfig("silencing:\n  mode: enforcee\n  minConfidence: 5\nevidence:\n  lookback: banana\n");

        var (exitCode, stderr, _) = await RunSidecarAsync(config);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "caaa-sidecar: evidence.lookback must be a duration like 30s, 5m or 2h (got 'banana')",
                "caaa-sidecar: silencing.mode must be shadow or enforce (got 'enforcee')",
                "caaa-sidecar: silencing.minConfidence must be between 0 and 1",
            ],
            stderr);
    }

    [Fact]
    public async Task Sidecar_UnknownKeysAndWrongTypes_EachNamedWithFileAndExitCode1()
    {
        var config = WriteConfig(
            "calendars:\n  - name: marketing\nsilencing:\n  maxActiv: 3\nqueue:\n  maxPending: lots\n");

        var (exitCode, stderr, _) = await RunSidecarAsync(config);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"caaa-sidecar: {config}: unknown key 'calendars' (did you mean 'contextSources.calendars'?)",
                $"caaa-sidecar: {config}: queue.maxPending must be a whole number (got 'lots')",
                $"caaa-sidecar: {config}: unknown key 'silencing.maxActiv' (did you mean 'silencing.maxActive'?)",
            ],
            stderr);
    }

    [Fact]
    public async Task Sidecar_InvalidUpstreamOption_OneLineInYamlSpellingNoStackTrace()
    {
        var config = WriteConfig("prometheus:\n  baseUrl: not a url\n");

        var (exitCode, stderr, stdout) = await RunSidecarAsync(config);

        Assert.Equal(1, exitCode);
        Assert.Equal(["caaa-sidecar: prometheus.baseUrl must be an absolute http or https URL."], stderr);
        Assert.DoesNotContain(stdout, line => line.StartsWith("fail:", StringComparison.Ordinal)
            || line.StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sidecar_SeveralKindsOfError_AllReportedTogether()
    {
        var config = WriteConfig(
            "webhook:\n  maxBodyBytes: abc\nsilencing:\n  mode: enforcee\n  maxActiv: 3\n" +
            "prometheus:\n  baseUrl: not a url\ncontextSources:\n  calendar: {}\n");

        var (exitCode, stderr, _) = await RunSidecarAsync(config);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"caaa-sidecar: {config}: unknown key 'contextSources.calendar' " +
                    "(did you mean 'contextSources.calendars'?)",
                $"caaa-sidecar: {config}: unknown key 'silencing.maxActiv' (did you mean 'silencing.maxActive'?)",
                $"caaa-sidecar: {config}: webhook.maxBodyBytes must be a whole number (got 'abc')",
                "caaa-sidecar: prometheus.baseUrl must be an absolute http or https URL.",
                "caaa-sidecar: silencing.mode must be shadow or enforce (got 'enforcee')",
            ],
            stderr);
    }

    [Fact]
    public async Task Sidecar_BrokenYaml_OneLineNamingFileAndLineAndExitCode1()
    {
        var config = WriteConfig("silencing:\n  mode: shadow\n   minConfidence: [\n");

        var (exitCode, stderr, _) = await RunSidecarAsync(config);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr);
        Assert.StartsWith($"caaa-sidecar: {config} line ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SeveralOptionsFailures_EveryLine()
    {
        var error = new AggregateException(
            new OptionsValidationException("a", typeof(CaaaOptions), ["silencing.maxActive must be at least 1"]),
            new OptionsValidationException("b", typeof(object), ["Prometheus:BaseUrl must be an absolute http or https URL."]));

        var lines = StartupErrors.Describe(error);

        Assert.Equal(
            ["silencing.maxActive must be at least 1", "prometheus.baseUrl must be an absolute http or https URL."],
            lines);
    }

    [Fact]
    public void Describe_Defect_NotTurnedIntoAMessage()
    {
        Assert.Null(StartupErrors.Describe(new InvalidCastException()));
        Assert.Null(StartupErrors.Describe(new AggregateException(new ConfigurationException("x"), new InvalidCastException())));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteConfig(string yaml)
    {
        var path = Path.Combine(_directory, "caaa.yaml");
        File.WriteAllText(path, yaml + $"store:\n  path: {Path.Combine(_directory, "caaa.db")}\n");
        return path;
    }

    /// <summary>Runs the built sidecar (copied next to the tests) the way the container does.</summary>
    private async Task<(int ExitCode, string[] Stderr, string[] Stdout)> RunSidecarAsync(string config)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Caaa.Sidecar.dll"));
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CAAA_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        static string[] Lines(string text) =>
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, Lines(await stderr), Lines(await stdout));
    }
}
