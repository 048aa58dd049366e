using System.CommandLine;
using Caaa.Learning.Datasets;
using Spectre.Console;

namespace Caaa.Cli.Commands;

/// <summary><c>caaa data fetch --to DIR</c>: downloads the public datasets from their upstream repositories.</summary>
internal static class DataCommand
{
    public static Command Create() => Create(AnsiConsole.Console);

    public static Command Create(IAnsiConsole console)
    {
        var to = CliOptions.RequiredPath("--to", "Directory to download the datasets into");
        var fetch = new Command("fetch", "Download Nezha, RCD Sock Shop and NAB at the commits PROVENANCE.md names")
        {
            to,
        };
        fetch.SetAction((parse, cancellationToken) => CliErrors.RunAsync(parse, async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            var progress = new Progress<string>(message => console.MarkupLineInterpolated($"[grey]{message}[/]"));
            try
            {
                await new DataFetcher(http).FetchAsync(parse.GetRequiredValue(to), progress, cancellationToken);
            }
            catch (DataFetchException error)
            {
                throw new UserError(error.Message, error);
            }

            console.MarkupLineInterpolated($"[grey]datasets in[/] {parse.GetRequiredValue(to)}");
            return 0;
        }));

        return new Command("data", "Work with the datasets CAAA learns from") { fetch };
    }
}
