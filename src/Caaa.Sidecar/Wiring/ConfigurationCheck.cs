using Caaa.Sidecar.Options;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Wiring;

/// <summary>
/// Checks the whole configuration before the host is built, so that every problem of a file is reported at once
/// (unknown keys, values of the wrong type and values the options refuse) and none waits for the host to start,
/// where a failed validation is also logged with its stack trace.
/// </summary>
internal static class ConfigurationCheck
{
    /// <exception cref="ConfigurationException">One line per problem.</exception>
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var keyProblems = configuration.KeyProblems();
        var problems = keyProblems.Select(p => p.Problem).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // A value that cannot bind would stop the binder before any validation: validate without it.
        var atFault = keyProblems.Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(ValidationProblems(WithoutKeys(configuration, atFault)));
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }
    }

    /// <summary>What the options validated at start-up refuse, as the host would validate them.</summary>
    private static List<string> ValidationProblems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var services = new ServiceCollection().AddSingleton(configuration);
        try
        {
            services.AddCaaaWiring(configuration);
        }
        catch (Exception error) when (StartupErrors.Describe(error) is { } lines)
        {
            problems.AddRange(lines);
        }

        services.AddCaaaOptions();
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception error) when (StartupErrors.Describe(error) is { } lines)
        {
            problems.AddRange(lines);
        }

        return problems;
    }

    private static IConfiguration WithoutKeys(IConfiguration configuration, HashSet<string> keys) =>
        keys.Count == 0
            ? configuration
            : new ConfigurationBuilder().Add(new MemoryConfigurationSource
            {
                InitialData = configuration.AsEnumerable().Where(pair => !keys.Contains(pair.Key)),
            }).Build();
}
