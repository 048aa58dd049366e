using System.CommandLine;
using System.Globalization;
using Caaa.Learning.Evaluation;

namespace Caaa.Cli;

/// <summary>The options several verbs share, with their defaults and checks.</summary>
internal static class CliOptions
{
    public const string DefaultDataDirectory = "../shared/data";

    public static Option<string> Data() => new("--data")
    {
        Description = "Data directory holding nezha/, rcd-sockshop/, nab/ or RCAEval trees",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    public static Option<string> Model(bool mlp = true)
    {
        var names = mlp ? ClassifierFactory.Names.ToArray() : ClassifierFactory.Names.Where(n => n != "mlp").ToArray();
        var option = new Option<string>("--model")
        {
            Description = $"Classifier: {string.Join(", ", names)}",
            DefaultValueFactory = _ => ClassifierFactory.FastForest,
        };
        return option.AcceptOnlyFromAmong(names);
    }

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of every random choice (case set, folds, training)",
        DefaultValueFactory = _ => 42,
    };

    public static Option<double> LoadRatio()
    {
        var option = new Option<double>("--load-ratio")
        {
            Description = "Synthetic EXPECTED_LOAD cases per real fault, per system",
            DefaultValueFactory = _ => 1.0,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 20))
            {
                result.AddError(Text($"--load-ratio must lie in (0, 20]; got {value}."));
            }
        });
        return option;
    }

    public static Option<string?> Scenario() => new("--scenario")
    {
        Description = "YAML scenario file: how often context accompanies each kind of case",
    };

    public static Option<string> RequiredPath(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
