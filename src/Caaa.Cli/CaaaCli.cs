using System.CommandLine;
using System.CommandLine.Invocation;
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
            ReplayCommand.Create(console),
            DataCommand.Create(console),
        ];

        var root = new RootCommand("CAAA: context-aware anomaly attribution — offline training and evaluation");
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }

    /// <summary>
    /// The parsed command line; a parse error prints its one-line reasons without the verb's help (which
    /// <c>--help</c> shows).
    /// </summary>
    public static ParseResult Parse(IAnsiConsole console, IReadOnlyList<string> args)
    {
        var parse = Build(console).Parse(args);
        if (parse.Action is ParseErrorAction error)
        {
            error.ShowHelp = false;
        }

        return parse;
    }
}
