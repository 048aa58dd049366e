using System.CommandLine;
using System.Globalization;
using Caaa.Learning.Datasets;

namespace Caaa.Cli;

/// <summary>
/// Runs a verb and turns the user's mistakes (missing data, a malformed file, a bad option value) into one
/// line on stderr and exit code 1. Anything else is a defect and keeps its stack trace.
/// </summary>
internal static class CliErrors
{
    public const int UserErrorExitCode = 1;

    public static async Task<int> RunAsync(ParseResult parseResult, Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception error) when (IsUserError(error))
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"caaa: {error.Message}"));
            return UserErrorExitCode;
        }
    }

    private static bool IsUserError(Exception error) => error is UserError
        or DatasetFormatException
        or IOException
        or FormatException
        or InvalidDataException
        or UnauthorizedAccessException
        or Stack.StackException;
}
