using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Options;

internal sealed class YamlConfigurationSource : IConfigurationSource
{
    public YamlConfigurationSource(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new YamlConfigurationProvider(this);
}
