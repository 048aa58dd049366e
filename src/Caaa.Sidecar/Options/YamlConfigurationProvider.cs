using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Caaa.Sidecar.Options;

/// <summary>Flattens a YAML file into configuration keys (<c>silencing:minConfidence</c>, <c>x:0</c>).</summary>
internal sealed class YamlConfigurationProvider : ConfigurationProvider
{
    private static readonly string[] SecretSuffixes = ["token", "password", "secret"];

    private readonly YamlConfigurationSource _source;

    public YamlConfigurationProvider(YamlConfigurationSource source)
    {
        _source = source;
    }

    /// <summary>Every value read from the file, named after the file, for <see cref="ConfigurationKeyCheck"/>.</summary>
    public IEnumerable<ConfigurationEntry> Entries() =>
        Data.Select(pair => new ConfigurationEntry(pair.Key, pair.Value, _source.Path));

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
            Flatten(stream.Documents[0].RootNode, prefix: null, data, sourceName);
        }

        return data;
    }

    private static void Flatten(
        YamlNode node,
        string? prefix,
        Dictionary<string, string?> data,
        string sourceName)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, prefix is null ? name : ConfigurationPath.Combine(prefix, name), data, sourceName);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], ConfigurationPath.Combine(prefix ?? "", i.ToString(
                        System.Globalization.CultureInfo.InvariantCulture)), data, sourceName);
                }

                break;
            case YamlScalarNode scalar when prefix is not null:
                RejectClearSecret(prefix, scalar, sourceName);
                data[prefix] = IsNull(scalar) ? null : scalar.Value;
                break;
        }
    }

    /// <summary>
    /// A key named like a credential (<c>token</c>, <c>bearerToken</c>, <c>password</c>, <c>secret</c>) holding a
    /// value would put the secret in a file that is committed, templated and printed; secrets come from
    /// <c>*File</c> or <c>*Env</c> keys or from <c>CAAA_</c> environment variables instead.
    /// </summary>
    private static void RejectClearSecret(string key, YamlScalarNode scalar, string sourceName)
    {
        var name = ConfigurationPath.GetSectionKey(key);
        if (IsNull(scalar) || !SecretSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        throw new InvalidDataException(
            $"{sourceName} line {scalar.Start.Line}: '{key.Replace(':', '.')}' holds a secret in clear; " +
            "put it in a file (the matching *File key) or an environment variable instead.");
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}
