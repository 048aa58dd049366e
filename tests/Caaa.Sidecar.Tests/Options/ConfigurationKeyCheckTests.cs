using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Context;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Tests.Support;
using Caaa.Sidecar.Wiring;
using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Tests.Options;

public sealed class ConfigurationKeyCheckTests
{
    [Theory]
    [InlineData("calendars:0:name", "unknown key 'calendars' (did you mean 'contextSources.calendars'?)")]
    [InlineData("deployments:argocd:baseUrl", "unknown key 'deployments' (did you mean 'contextSources.deployments'?)")]
    [InlineData("silencing:maxActiv", "unknown key 'silencing.maxActiv' (did you mean 'silencing.maxActive'?)")]
    [InlineData("contextSources:calendars:0:refresh",
        "unknown key 'contextSources.calendars[0].refresh' (did you mean 'contextSources.calendars[0].refreshInterval'?)")]
    [InlineData("contextSources:pushedEvents:enabled", "unknown key 'contextSources.pushedEvents'")]
    [InlineData("silencing:mode:strict", "unknown key 'silencing.mode.strict'")]
    [InlineData("evidence:signals:first:query", "unknown key 'evidence.signals.first'")]
    public void Check_UnknownKey_OneLineNamingFileKeyAndSuggestion(string key, string expected)
    {
        var problems = ConfigurationKeyCheck.Check([new ConfigurationEntry(key, "x", "caaa.yaml")]);

        Assert.Equal(["caaa.yaml: " + expected], problems);
    }

    [Theory]
    [InlineData("queue:maxPending", "lots", "queue.maxPending must be a whole number (got 'lots')")]
    [InlineData("silencing:minConfidence", "high", "silencing.minConfidence must be a number (got 'high')")]
    [InlineData("annotations:enabled", "yes please", "annotations.enabled must be true or false (got 'yes please')")]
    [InlineData("alertmanager:maxSilenceDuration", "8 hours",
        "alertmanager.maxSilenceDuration must be a duration like 30s, 5m or 1h30m (or 00:00:30) (got '8 hours')")]
    [InlineData("contextSources:calendars", "marketing",
        "contextSources.calendars must be a section or a list, not a value (got 'marketing')")]
    public void Check_ValueOfWrongType_NamesKeyAndValue(string key, string value, string expected)
    {
        var problems = ConfigurationKeyCheck.Check([new ConfigurationEntry(key, value, "caaa.yaml")]);

        Assert.Equal(["caaa.yaml: " + expected], problems);
    }

    [Theory]
    [InlineData("SILENCING:MAXACTIVE", "5")]
    [InlineData("evidence:signals:3:query", "sum(rate(x{service=\"{{service}}\"}[1m]))")]
    [InlineData("contextSources:deployments:gitHub:0:targets:1:services:0", "checkout")]
    [InlineData("contextSources:staticEvents:0:duration", "4.00:00:00")]
    [InlineData("prometheus:retryBaseDelay", "00:00:00.5")]
    [InlineData("prometheus:retryBaseDelay", "500ms")]
    [InlineData("alertmanager:maxSilenceDuration", "8h")]
    [InlineData("webhook:auth:username", null)]
    [InlineData("Logging:LogLevel:Microsoft.AspNetCore", "Warning")]
    public void Check_KnownKeyAnyCase_NoProblem(string key, string? value)
    {
        var problems = ConfigurationKeyCheck.Check([new ConfigurationEntry(key, value, "caaa.yaml")]);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_SeveralProblems_EachReportedOnceInKeyOrder()
    {
        ConfigurationEntry[] entries =
        [
            new("silencing:mode", "shadow", "a.yaml"),
            new("deployments:argocd:baseUrl", "https://argo", "a.yaml"),
            new("calendars:0:name", "m", "a.yaml"),
            new("calendars:0:url", "https://c", "a.yaml"),
        ];

        var problems = ConfigurationKeyCheck.Check(entries);

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("a.yaml: unknown key 'calendars'", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("a.yaml: unknown key 'deployments'", problems[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calendars: []", "unknown key 'calendars' (did you mean 'contextSources.calendars'?)")]
    [InlineData("foo: []", "unknown key 'foo'")]
    [InlineData("silencing: {maxActiv: []}", "unknown key 'silencing.maxActiv' (did you mean 'silencing.maxActive'?)")]
    [InlineData("contextSources: {calendar: {}}",
        "unknown key 'contextSources.calendar' (did you mean 'contextSources.calendars'?)")]
    [InlineData("silencing: {maxActive: []}",
        "silencing.maxActive must be a whole number, not an empty list or section")]
    public void YamlFile_KeyWithEmptyValue_StillChecked(string yaml, string expected)
    {
        var path = WriteYaml(yaml);
        var configuration = new ConfigurationBuilder().Add(new YamlConfigurationSource(path)).Build();

        var problems = ConfigurationKeyCheck.Check(
            configuration.Providers.OfType<YamlConfigurationProvider>().SelectMany(p => p.Entries()));

        Assert.Equal([$"{path}: {expected}"], problems);
        // What the options bind to is unchanged: an empty list or section still holds no value.
        Assert.DoesNotContain(configuration.AsEnumerable(), pair => pair.Value is not null);
    }

    [Fact]
    public void YamlFile_KnownKeysWithEmptyValues_NoProblem()
    {
        var path = WriteYaml("contextSources: {calendars: [], deployments: {argoCd: []}}\nlogging: {}\nqueue: {}");
        var configuration = new ConfigurationBuilder().Add(new YamlConfigurationSource(path)).Build();

        Assert.Empty(ConfigurationKeyCheck.Check(
            configuration.Providers.OfType<YamlConfigurationProvider>().SelectMany(p => p.Entries())));
    }

    [Theory]
    [InlineData("Prometheus:BaseUrl must be an absolute http or https URL.",
        "prometheus.baseUrl must be an absolute http or https URL.")]
    [InlineData("ContextSources:Deployments:ArgoCd:0:BaseUrl is required",
        "contextSources.deployments.argoCd[0].baseUrl is required")]
    [InlineData("Failed to convert configuration value at 'Grafana:Timeout' to type 'System.TimeSpan'.",
        "Failed to convert configuration value at 'grafana.timeout' to type 'System.TimeSpan'.")]
    [InlineData("/etc/caaa/Prometheus:1: unknown key 'Prometheus.x:y' (got 'http://Prometheus:9090')",
        "/etc/caaa/Prometheus:1: unknown key 'Prometheus.x:y' (got 'http://Prometheus:9090')")]
    [InlineData("Logging:LogLevel:Default", "Logging:LogLevel:Default")]
    public void StartupErrors_DotNetKey_InYamlSpelling(string line, string expected)
    {
        Assert.Equal(expected, StartupErrors.InYamlSpelling(line));
    }

    private static string WriteYaml(string yaml)
    {
        var path = Path.Combine(TestScratch.Root, Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(TestScratch.Root);
        File.WriteAllText(path, yaml + "\n");
        return path;
    }

    [Fact]
    public void EnvironmentEntries_OnlyKeyOverrides_NamedByVariable()
    {
        var variables = new Dictionary<string, string>
        {
            ["CAAA_SILENCING__MAXACTIF"] = "5",
            ["CAAA_CONFIG"] = "/etc/caaa/caaa.yaml",
            ["CAAA_HEALTHCHECK_PORT"] = "8080",
            ["CAAA_WEBHOOK_TOKEN"] = "secret",
            ["PATH"] = "/usr/bin",
        };

        var problems = ConfigurationKeyCheck.Check(CaaaConfigurationExtensions.EnvironmentEntries(variables));

        Assert.Equal(
            ["environment variable CAAA_SILENCING__MAXACTIF: unknown key 'silencing.MAXACTIF' " +
                "(did you mean 'silencing.maxActive'?)"],
            problems);
    }

    [Fact]
    public void Schema_StringKeyedDictionary_EntriesAreUserData()
    {
        Assert.Equal(typeof(string), ConfigurationSchema.DictionaryValueType(typeof(Dictionary<string, string>)));
        Assert.Null(ConfigurationSchema.DictionaryValueType(typeof(List<string>)));
    }

    [Theory]
    [InlineData("PROMETHEUS:TIMEOUT", "banana", "prometheus.timeout must be a duration like 30s, 5m or 1h30m (or 00:00:30) (got 'banana')")]
    [InlineData("SILENCING:MAXACTIVE", "many", "silencing.maxActive must be a whole number (got 'many')")]
    [InlineData("CONTEXTSOURCES:CALENDARS:0:REFRESHINTERVAL", "soon",
        "contextSources.calendars[0].refreshInterval must be a duration like 30s, 5m or 1h30m (or 00:00:30) (got 'soon')")]
    public void Check_EnvironmentSpelling_KeyNamedInYamlSpelling(string key, string value, string expected)
    {
        var problems = ConfigurationKeyCheck.Check([new ConfigurationEntry(key, value, "environment variable X")]);

        Assert.Equal(["environment variable X: " + expected], problems);
    }

    [Fact]
    public void AddCaaaConfiguration_PrometheusDurationsInTimeSpanKeys_BindAsDurations()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caaa-durations-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            prometheus:
              timeout: 45s
              retryBaseDelay: 500ms
            alertmanager:
              timeout: "00:00:20"
              maxSilenceDuration: 1h30m
            contextSources:
              staticEvents:
                - name: sale
                  start: "2026-11-27T00:00:00Z"
                  duration: 4d
            """);
        try
        {
            var configuration = new ConfigurationBuilder().AddCaaaConfiguration(["--config", path]).Build();

            Assert.Empty(ConfigurationKeyCheck.Check(((IConfigurationRoot)configuration).Providers
                .OfType<YamlConfigurationProvider>().SelectMany(p => p.Entries())));
            var prometheus = configuration.GetSection(PrometheusOptions.Section).Get<PrometheusOptions>()!;
            var alertmanager = configuration.GetSection(AlertmanagerOptions.Section).Get<AlertmanagerOptions>()!;
            var context = configuration.GetSection(ContextSourcesOptions.Section).Get<ContextSourcesOptions>()!;
            Assert.Equal(TimeSpan.FromSeconds(45), prometheus.Timeout);
            Assert.Equal(TimeSpan.FromMilliseconds(500), prometheus.RetryBaseDelay);
            Assert.Equal(TimeSpan.FromSeconds(20), alertmanager.Timeout);
            Assert.Equal(TimeSpan.FromMinutes(90), alertmanager.MaxSilenceDuration);
            Assert.Equal(TimeSpan.FromDays(4), Assert.Single(context.StaticEvents).Duration);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
