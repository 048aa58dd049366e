using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Caaa.Learning.Scenarios;

/// <summary>Reads <see cref="ScenarioOptions"/> from YAML with snake_case keys (see scenarios/default.yaml).</summary>
internal static class ScenarioFile
{
    public static ScenarioOptions Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Scenario file '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ScenarioOptions Parse(string yaml, string source = "<scenario>")
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            var options = deserializer.Deserialize<ScenarioOptions?>(yaml) ?? ScenarioOptions.Default;
            return options.Validate();
        }
        catch (YamlException e)
        {
            throw new FormatException(
                $"{source}, line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{source}: {e.Message}", e);
        }
    }
}
