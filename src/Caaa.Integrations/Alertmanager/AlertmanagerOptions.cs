using Caaa.Integrations.Http;

namespace Caaa.Integrations.Alertmanager;

/// <summary>Where the Alertmanager API is and how long a silence created by CAAA may last at most.</summary>
public sealed class AlertmanagerOptions : UpstreamOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Alertmanager";

    /// <summary>Hard maximum length of any silence CAAA creates or extends. Default value: 8 hours.</summary>
    public TimeSpan MaxSilenceDuration { get; set; } = TimeSpan.FromHours(8);

    public override IEnumerable<string> Validate(string section)
    {
        foreach (var error in base.Validate(section))
        {
            yield return error;
        }

        if (MaxSilenceDuration <= TimeSpan.Zero || MaxSilenceDuration > TimeSpan.FromDays(7))
        {
            yield return $"{section}:{nameof(MaxSilenceDuration)} must be positive and at most 7 days.";
        }
    }
}
