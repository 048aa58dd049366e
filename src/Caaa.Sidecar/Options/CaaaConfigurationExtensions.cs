using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Options;

internal static class CaaaConfigurationExtensions
{
    public const string ConfigEnvironmentVariable = "CAAA_CONFIG";
    public const string EnvironmentPrefix = "CAAA_";

    /// <summary>
    /// Adds the YAML file named by <c>--config</c> or <c>CAAA_CONFIG</c>, then <c>CAAA_</c> environment
    /// variables (<c>CAAA_SILENCING__MODE=enforce</c>) so the environment overrides the file, then the
    /// Prometheus-style durations of both rewritten for <see cref="TimeSpan"/> options.
    /// </summary>
    public static IConfigurationBuilder AddCaaaConfiguration(this IConfigurationBuilder builder, string[] args)
    {
        var ours = new List<IConfigurationSource>();
        var path = ConfigPath(args) ?? Environment.GetEnvironmentVariable(ConfigEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The configuration file '{path}' does not exist.", path);
            }

            ours.Add(new YamlConfigurationSource(Path.GetFullPath(path)));
        }

        ours.Add(new Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource
        {
            Prefix = EnvironmentPrefix,
        });
        foreach (var source in ours)
        {
            builder.Add(source);
        }

        return builder.Add(new DurationConfigurationSource(ours));
    }

    /// <summary>
    /// Every unknown key and every value of the wrong type in the YAML file and the <c>CAAA_</c> environment
    /// variables, with its key, so that a misplaced or misspelt key never passes silently. Keys from other
    /// sources (ASP.NET Core's own, a test's) are not ours to judge.
    /// </summary>
    public static IReadOnlyList<(string Key, string Problem)> KeyProblems(this IConfiguration configuration)
    {
        var fromFiles = configuration is IConfigurationRoot root
            ? root.Providers.OfType<YamlConfigurationProvider>().SelectMany(p => p.Entries())
            : [];
        return ConfigurationKeyCheck.Find(fromFiles.Concat(EnvironmentEntries(Environment.GetEnvironmentVariables())));
    }

    /// <summary>
    /// The <c>CAAA_</c> variables that override a key, as the environment provider reads them: every key is in
    /// a section, so they hold <c>__</c>. Other <c>CAAA_</c> variables (<c>CAAA_CONFIG</c>, a secret named by
    /// <c>webhook.auth.secretEnv</c>) are not configuration keys.
    /// </summary>
    internal static IEnumerable<ConfigurationEntry> EnvironmentEntries(System.Collections.IDictionary variables) =>
        variables.Keys.OfType<string>()
            .Where(name => name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                && name.Contains("__", StringComparison.Ordinal))
            .Select(name => new ConfigurationEntry(
                name[EnvironmentPrefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal),
                variables[name] as string,
                $"environment variable {name}"));

    private static string? ConfigPath(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return args[i]["--config=".Length..];
            }
        }

        return null;
    }
}
