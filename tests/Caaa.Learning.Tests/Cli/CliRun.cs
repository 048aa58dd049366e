using System.CommandLine;
using Caaa.Cli;
using Spectre.Console;

namespace Caaa.Learning.Tests.Cli;

/// <summary>Runs <c>caaa</c> in process with its terminal output and stderr captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exit = await CaaaCli.Parse(console, args).InvokeAsync(configuration);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
