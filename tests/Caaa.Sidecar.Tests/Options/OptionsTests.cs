using Caaa.Sidecar.Options;
using Caaa.Sidecar.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Tests.Options;

public sealed class OptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var options = Bind(new Dictionary<string, string?>());

        var result = new CaaaOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(["critical"], options.Silencing.ProtectedSeverities);
        Assert.Equal(5, options.Evidence.Signals.Count);
    }

    [Theory]
    [InlineData("silencing:minConfidence", "1.5", "silencing.minConfidence must be between 0 and 1")]
    [InlineData("silencing:mode", "loud", "silencing.mode must be shadow or enforce")]
    [InlineData("silencing:maxDuration", "2 hours", "silencing.maxDuration must be a duration")]
    [InlineData("evidence:lookback", "0s", "evidence.lookback must be longer than zero")]
    [InlineData("evidence:signals:0:signal", "throughput", "evidence.signals[0].signal must be")]
    [InlineData("queue:maxPending", "0", "queue.maxPending must be at least 1")]
    [InlineData("webhook:auth:mode", "bearer", "webhook.auth needs exactly one of secretFile or secretEnv")]
    [InlineData("store:path", "", "store.path must not be empty")]
    [InlineData("model:confidenceThreshold", "60", "model.confidenceThreshold must be between 0 and 1 (got 60)")]
    [InlineData("model:minimumLoadRatio", "0.8", "model.minimumLoadRatio must be at least 1")]
    [InlineData("model:faultMargin", "0.5", "model.faultMargin must be 0 (off) or at least 1 (got 0.5)")]
    public void Validate_BadValue_MessageNamesYamlKey(string key, string value, string expected)
    {
        var options = Bind(new Dictionary<string, string?> { [key] = value });

        var result = new CaaaOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ExampleYaml_LoadsAndValidates_WithDocumentedDefaults()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "config", "caaa.example.yaml");
        var configuration = new ConfigurationBuilder().Add(new YamlConfigurationSource(path)).Build();
        var options = new CaaaOptions();
        configuration.Bind(options);
        new CaaaOptionsDefaults().PostConfigure(null, options);

        var result = new CaaaOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("shadow", options.Silencing.Mode);
        Assert.Equal(0.9, options.Silencing.MinConfidence);
        Assert.Equal(2, options.Model.FaultMargin);
        Assert.Equal(TimeSpan.FromHours(2), options.Silencing.MaxDurationValue);
        Assert.Equal(1024 * 1024, options.Webhook.MaxBodyBytes);
        Assert.Equal(["critical"], options.Silencing.ProtectedSeverities);
        Assert.Equal(5, options.Evidence.Signals.Count);
        Assert.Contains("{{namespace}}", options.Evidence.Signals[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlProvider_BrokenYaml_ErrorNamesFileAndLine()
    {
        using var reader = new StringReader("silencing:\n  mode: shadow\n   minConfidence: [\n");

        var error = Assert.Throws<InvalidDataException>(() => YamlConfigurationProvider.Parse(reader, "caaa.yaml"));

        Assert.StartsWith("caaa.yaml line ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("250ms", 0.25)]
    public void Durations_PrometheusSpelling_Parsed(string text, double seconds)
    {
        var parsed = Durations.Parse(text);

        Assert.Equal(TimeSpan.FromSeconds(seconds), parsed);
    }

    [Fact]
    public async Task Host_InvalidOptions_FailsAtStartWithYamlKey()
    {
        await using var factory = new SidecarFactory { RunWorker = false };
        factory.Settings["silencing:minConfidence"] = "2";

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("silencing.minConfidence must be between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    private static CaaaOptions Bind(Dictionary<string, string?> values)
    {
        var options = new CaaaOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().Bind(options);
        new CaaaOptionsDefaults().PostConfigure(null, options);
        return options;
    }
}
