using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Options;

internal static class CaaaConfigurationExtensions
{
    public const string ConfigEnvironmentVariable = "CAAA_CONFIG";
    public const string EnvironmentPrefix = "CAAA_";

    /// <summary>
    /// Adds the YAML file named by <c>--config</c> or <c>CAAA_CONFIG</c>, then <c>CAAA_</c> environment
    /// variables (<c>CAAA_SILENCING__MODE=enforce</c>) so the environment overrides the file.
    /// </summary>
    public static IConfigurationBuilder AddCaaaConfiguration(this IConfigurationBuilder builder, string[] args)
    {
        var path = ConfigPath(args) ?? Environment.GetEnvironmentVariable(ConfigEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The configuration file '{path}' does not exist.", path);
            }

            builder.Add(new YamlConfigurationSource(Path.GetFullPath(path)));
        }

        return builder.AddEnvironmentVariables(EnvironmentPrefix);
    }

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
