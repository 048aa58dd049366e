using Microsoft.Extensions.Configuration;

namespace Caaa.Sidecar.Options;

/// <summary>
/// Lets every duration in the configuration be written the Prometheus way (<c>30s</c>, <c>5m</c>, <c>1h30m</c>):
/// the upstream and context-source options bind to <see cref="TimeSpan"/>, which on its own reads only
/// <c>00:00:30</c>. Added after the file and the environment, it reads what they hold and overrides each such
/// value with the same duration in <see cref="TimeSpan"/>'s own spelling. <c>00:00:30</c> still works: a duration
/// always carries a unit (<c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>), which a .NET time span never does.
/// </summary>
internal sealed class DurationConfigurationSource(IReadOnlyList<IConfigurationSource> sources) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(sources);

    private sealed class Provider(IReadOnlyList<IConfigurationSource> sources) : ConfigurationProvider
    {
        public override void Load()
        {
            var upstream = new ConfigurationBuilder();
            foreach (var source in sources)
            {
                upstream.Add(source);
            }

            foreach (var (key, value) in upstream.Build().AsEnumerable())
            {
                if (value is not null && IsTimeSpan(key) && Durations.TryParse(value, out var duration))
                {
                    Data[key] = duration.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        private static bool IsTimeSpan(string key) =>
            ConfigurationKeyCheck.TypeOf(key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeSpan);
    }
}
