using System.CommandLine;
using Caaa.Cli.Commands;
using Spectre.Console;

namespace Caaa.Cli;

/// <summary>The <c>caaa</c> command line: one command per verb, in the order <c>--help</c> lists them.</summary>
internal static class CaaaCli
{
    public static RootCommand Build(IAnsiConsole console)
    {
        Command[] verbs =
        [
            EvaluateCommand.Create(console),
            TrainCommand.Create(console),
            FeaturesCommand.Create(console),
        ];

        var root = new RootCommand("CAAA: context-aware anomaly attribution — offline training and evaluation");
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }
}
