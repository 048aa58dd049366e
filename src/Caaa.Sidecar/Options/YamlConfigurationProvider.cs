using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Caaa.Sidecar.Options;

/// <summary>Flattens a YAML file into configuration keys (<c>silencing:minConfidence</c>, <c>x:0</c>).</summary>
internal sealed class YamlConfigurationProvider : ConfigurationProvider
{
    private static readonly string[] SecretSuffixes = ["token", "password", "secret"];

    private readonly YamlConfigurationSource _source;
    private List<string> _emptyPaths = [];

    public YamlConfigurationProvider(YamlConfigurationSource source)
    {
        _source = source;
    }

    /// <summary>
    /// Every value read from the file, named after the file, for <see cref="ConfigurationKeyCheck"/>; with the
    /// keys whose value is an empty list or section (<c>calendars: []</c>), which configuration drops, so that a
    /// misplaced key is reported even before it holds anything.
    /// </summary>
    public IEnumerable<ConfigurationEntry> Entries() =>
        Data.Select(pair => new ConfigurationEntry(pair.Key, pair.Value, _source.Path))
            .Concat(_emptyPaths.Select(path => new ConfigurationEntry(path, null, _source.Path, IsEmpty: true)));

    public override void Load()
    {
        using var reader = File.OpenText(_source.Path);
        var emptyPaths = new List<string>();
        Data = Parse(reader, _source.Path, emptyPaths);
        _emptyPaths = emptyPaths;
    }

    /// <param name="emptyPaths">Receives the keys of empty lists and sections, which hold no value to bind.</param>
    internal static Dictionary<string, string?> Parse(
        TextReader reader,
        string sourceName,
        ICollection<string>? emptyPaths = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException(
                $"{sourceName} line {exception.Start.Line}: {exception.Message} " +
                "(the rest of the file is checked once it parses)", exception);
        }

        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count > 0)
        {
            Flatten(stream.Documents[0].RootNode, prefix: null, data, sourceName, emptyPaths ?? []);
        }

        return data;
    }

    private static void Flatten(
        YamlNode node,
        string? prefix,
        Dictionary<string, string?> data,
        string sourceName,
        ICollection<string> emptyPaths)
    {
        switch (node)
        {
            case YamlMappingNode { Children.Count: 0 } or YamlSequenceNode { Children.Count: 0 }
                when prefix is not null:
                emptyPaths.Add(prefix);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, prefix is null ? name : ConfigurationPath.Combine(prefix, name), data, sourceName,
                        emptyPaths);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], ConfigurationPath.Combine(prefix ?? "", i.ToString(
                        System.Globalization.CultureInfo.InvariantCulture)), data, sourceName, emptyPaths);
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
            "put it in a file (the matching *File key) or an environment variable instead " +
            "(the rest of the file is checked once this is fixed).");
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}
