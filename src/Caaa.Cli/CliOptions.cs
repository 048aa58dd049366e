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
        return OneOf(option, names);
    }

    /// <summary>
    /// Accepts only <paramref name="values"/> (offered for completion); any other is one line naming the option
    /// and the choices.
    /// </summary>
    public static TOption OneOf<TOption>(TOption option, params string[] values)
        where TOption : Option
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
            {
                result.AddError($"{option.Name} must be one of {string.Join(", ", values)} (got '{token.Value}').");
            }
        });
        return option;
    }

    public static Option<int> Seed() => WholeNumber("--seed", "Seed of every random choice (case set, folds, training)",
        42, _ => true, "");

    public static Option<double> LoadRatio() => Number("--load-ratio",
        "Synthetic EXPECTED_LOAD cases per real fault, per system", 1.0, v => v > 0 && v <= 20, "lie in (0, 20]");

    /// <summary>
    /// A number option read with the invariant culture; a value that is not a number, or breaks
    /// <paramref name="valid"/> ("must <paramref name="rule"/>"), is one line naming the option.
    /// </summary>
    public static Option<double> Number(string name, string description, double defaultValue,
        Func<double, bool> valid, string rule) =>
        Checked(name, description, defaultValue, "a number",
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null,
            valid, rule);

    /// <summary>A whole-number option, checked like <see cref="Number"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, int defaultValue,
        Func<int, bool> valid, string rule) =>
        Checked(name, description, defaultValue, "a whole number",
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null,
            valid, rule);

    /// <summary>A true/false option that needs its value (<c>--name false</c>).</summary>
    public static Option<bool> TrueOrFalse(string name, string description, bool defaultValue)
    {
        var option = Checked(name, description, defaultValue, "true or false",
            text => bool.TryParse(text, out var v) ? v : null, _ => true, "");
        option.HelpName = "true|false";
        return option;
    }

    private static Option<T> Checked<T>(string name, string description, T defaultValue, string kind,
        Func<string, T?> parse, Func<T, bool> valid, string rule)
        where T : struct
    {
        return new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (text is null || parse(text) is not { } value)
                {
                    result.AddError(text is null ? $"{name} needs {kind}." : $"{name} must be {kind} (got '{text}').");
                    return defaultValue;
                }

                if (!valid(value))
                {
                    result.AddError(Text($"{name} must {rule}; got {text}."));
                }

                return value;
            },
        };
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
