using Caaa.Sidecar.Options;
using Microsoft.Extensions.Options;

namespace Caaa.Sidecar.Wiring;

/// <summary>
/// Turns what stops the sidecar from starting because of its configuration or environment into one line per
/// problem, each naming its key or file, so an operator reads the cause instead of a stack trace.
/// </summary>
internal static class StartupErrors
{
    /// <summary>The lines describing <paramref name="error"/>, or null for an error that is a defect.</summary>
    public static IReadOnlyList<string>? Describe(Exception error) => error switch
    {
        ConfigurationException configuration => configuration.Problems,
        OptionsValidationException validation => validation.Failures.ToList(),
        AggregateException aggregate => DescribeAll(aggregate.Flatten().InnerExceptions),
        // A YAML syntax error or a secret in clear: the message names the file and the line.
        InvalidDataException data => [data.Message],
        // The binder's conversion failure names the key (only reached for keys outside the YAML and CAAA_).
        InvalidOperationException binding when binding.Message.StartsWith(
            "Failed to convert configuration value", StringComparison.Ordinal) => [binding.Message],
        // A missing config file, a port in use.
        IOException io => [io.Message],
        _ => null,
    };

    private static List<string>? DescribeAll(IEnumerable<Exception> errors)
    {
        var lines = new List<string>();
        foreach (var error in errors)
        {
            if (Describe(error) is not { } described)
            {
                return null;
            }

            lines.AddRange(described);
        }

        return lines.Count == 0 ? null : lines;
    }
}
