using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Context;
using Caaa.Integrations.Grafana;
using Caaa.Integrations.Http;
using Caaa.Integrations.Prometheus;
using Caaa.Sidecar.Options;
using Caaa.Sidecar.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Tests.Options;

/// <summary>The configuration files the repository ships load as the sidecar loads them, without a problem.</summary>
public sealed class ConfigurationFilesTests
{
    public static TheoryData<string> ShippedFiles { get; } =
        ["config/caaa.example.yaml", "k8s/base/config/caaa.yaml", "k8s/overlays/example/config/caaa.yaml"];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedConfig_NoUnknownKeyAndEveryOptionValid(string file)
    {
        var configuration = Load(file);

        var problems = ConfigurationKeyCheck.Check(((IConfigurationRoot)configuration).Providers
            .OfType<YamlConfigurationProvider>().SelectMany(p => p.Entries()));

        Assert.Empty(problems);
        var options = new CaaaOptions();
        configuration.Bind(options);
        new CaaaOptionsDefaults().PostConfigure(null, options);
        // Files mounted in the pod (secrets) do not exist here; that is the only failure allowed.
        var failures = new CaaaOptionsValidator().Validate(null, options).Failures ?? [];
        Assert.DoesNotContain(failures, f => !(f.Contains("'/etc/caaa/secrets/", StringComparison.Ordinal)
            && f.EndsWith("does not exist", StringComparison.Ordinal)));
        Assert.Equal(20, options.Silencing.MaxActive);
        Assert.Equal(TimeSpan.FromSeconds(15), options.Evidence.StepValue);
        Assert.Empty(UpstreamProblems<PrometheusOptions>(configuration, PrometheusOptions.Section));
        Assert.Empty(UpstreamProblems<AlertmanagerOptions>(configuration, AlertmanagerOptions.Section));
        Assert.Empty(UpstreamProblems<GrafanaOptions>(configuration, GrafanaOptions.Section));
        var context = configuration.GetSection(ContextSourcesOptions.Section).Get<ContextSourcesOptions>() ?? new();
        Assert.Empty(context.Validate());
    }

    [Theory]
    [InlineData("k8s/base/config/caaa.yaml", 1, 1, 1)]
    [InlineData("k8s/overlays/example/config/caaa.yaml", 1, 0, 0)]
    public void KubernetesConfig_CalendarsAndDeployments_ReachTheContextSources(
        string file,
        int calendars,
        int jsonEvents,
        int staticEvents)
    {
        var configuration = Load(file);

        var context = configuration.GetSection(ContextSourcesOptions.Section).Get<ContextSourcesOptions>()!;

        Assert.Equal(calendars, context.Calendars.Count);
        Assert.Equal(jsonEvents, context.JsonEvents.Count);
        Assert.Equal(staticEvents, context.StaticEvents.Count);
        var argo = Assert.Single(context.Deployments.ArgoCd);
        Assert.Equal("/etc/caaa/secrets/argocd-token", argo.TokenFile);
        Assert.Equal("shop", Assert.Single(argo.Targets).Name);
    }

    [Fact]
    public void ExampleConfig_DocumentsEveryKey()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "config", "caaa.example.yaml");
        var text = File.ReadAllText(path);
        var written = WrittenPaths(path);

        var missing = ConfigurationSchema.KnownPaths()
            .Where(p => !p.Path.StartsWith("logging", StringComparison.Ordinal))
            .Where(p => !written.Contains(p.Path) && !IsInComment(text, p.Name))
            .Select(p => p.Path)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ExampleConfig_EveryValueIsTheDefault()
    {
        var configuration = Load("config/caaa.example.yaml");
        var entries = ((IConfigurationRoot)configuration).Providers.OfType<YamlConfigurationProvider>()
            .SelectMany(p => p.Entries())
            .Where(e => !e.IsEmpty)
            .Where(e => !e.Key.Split(':').Any(s => int.TryParse(s, CultureInfo.InvariantCulture, out _)));

        var different = entries
            .Where(e => !Equals(Default(e.Key), Parse(e.Value, DefaultType(e.Key))))
            .Select(e => $"{e.Key}: {e.Value} (default {Default(e.Key)})")
            .ToList();

        Assert.Empty(different);
    }

    private static IConfiguration Load(string file)
    {
        var yaml = new YamlConfigurationSource(Path.Combine(SharedData.RepositoryRoot, file));
        return new ConfigurationBuilder().Add(yaml).Add(new DurationConfigurationSource([yaml])).Build();
    }

    private static List<string> UpstreamProblems<T>(IConfiguration configuration, string section)
        where T : UpstreamOptions, new()
    {
        var options = configuration.GetSection(section).Get<T>();
        return options?.BaseUrl is null ? [] : options.Validate(section).ToList();
    }

    /// <summary>The example's keys and every section above them, in YAML spelling with list entries as [].</summary>
    private static HashSet<string> WrittenPaths(string path)
    {
        using var reader = File.OpenText(path);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in YamlConfigurationProvider.Parse(reader, path).Keys)
        {
            var segments = key.Split(':');
            for (var i = 1; i <= segments.Length; i++)
            {
                written.Add(Regex.Replace(string.Join('.', segments[..i]), @"\.\d+", "[]"));
            }
        }

        // An empty list (calendars: []) has no key of its own, nor has a section holding only empty lists.
        foreach (Match match in Regex.Matches(File.ReadAllText(path), @"^\s*(\w+): \[\]", RegexOptions.Multiline))
        {
            foreach (var known in ConfigurationSchema.KnownPaths()
                .Where(p => p.Name.Equals(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase)))
            {
                var segments = known.Path.Split('.');
                for (var i = 1; i <= segments.Length; i++)
                {
                    written.Add(string.Join('.', segments[..i]));
                }
            }
        }

        return written;
    }

    /// <summary>A key shown commented out (<c># path: …</c>, <c>#   - name: …</c>) or named in a comment.</summary>
    private static bool IsInComment(string text, string name) =>
        Regex.IsMatch(text, $@"^\s*#.*\b{Regex.Escape(name)}:", RegexOptions.Multiline | RegexOptions.IgnoreCase);

    private static object? Default(string key) => Walk(key).Value;

    private static Type DefaultType(string key) => Walk(key).Type;

    private static (object? Value, Type Type) Walk(string key)
    {
        var segments = key.Split(':');
        var type = ConfigurationSchema.Sections[segments[0]];
        object? value = Activator.CreateInstance(type, nonPublic: true);
        foreach (var segment in segments[1..])
        {
            var property = ConfigurationSchema.Properties(type)[segment];
            value = property.GetValue(value);
            type = property.PropertyType;
        }

        return (value, type);
    }

    private static object? Parse(string? value, Type type) =>
        value is null ? null
        : (Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeSpan) && Durations.TryParse(value, out var duration)
            ? duration
            : TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).ConvertFromInvariantString(value);
}
