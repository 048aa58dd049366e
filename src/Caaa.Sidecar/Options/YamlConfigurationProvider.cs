using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Caaa.Sidecar.Options;

/// <summary>Flattens a YAML file into configuration keys (<c>silencing:minConfidence</c>, <c>x:0</c>).</summary>
internal sealed class YamlConfigurationProvider : ConfigurationProvider
{
    private readonly YamlConfigurationSource _source;

    public YamlConfigurationProvider(YamlConfigurationSource source)
    {
        _source = source;
    }

    public override void Load()
    {
        using var reader = File.OpenText(_source.Path);
        Data = Parse(reader, _source.Path);
    }

    internal static Dictionary<string, string?> Parse(TextReader reader, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException(
                $"{sourceName} line {exception.Start.Line}: {exception.Message}", exception);
        }

        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count > 0)
        {
            Flatten(stream.Documents[0].RootNode, prefix: null, data);
        }

        return data;
    }

    private static void Flatten(YamlNode node, string? prefix, Dictionary<string, string?> data)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, prefix is null ? name : ConfigurationPath.Combine(prefix, name), data);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], ConfigurationPath.Combine(prefix ?? "", i.ToString(
                        System.Globalization.CultureInfo.InvariantCulture)), data);
                }

                break;
            case YamlScalarNode scalar when prefix is not null:
                data[prefix] = IsNull(scalar) ? null : scalar.Value;
                break;
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}
