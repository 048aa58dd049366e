namespace Caaa.Learning.Scenarios;

/// <summary>
/// How often context accompanies each kind of case. The defaults keep context honest: most planned surges
/// are announced but not all, viral surges never are, a quarter of faults happen during a calendar event,
/// deployments precede faults and surges alike, and some calendar events bring no load at all.
/// </summary>
internal sealed record ScenarioOptions
{
    /// <summary>A planned surge (sale, campaign, batch) has a calendar event covering it. Default value: 0.7.</summary>
    public double AnnouncedSurge { get; init; } = 0.7;

    /// <summary>A viral surge has a calendar event anyway (e.g. a launch someone put in). Default value: 0.</summary>
    public double AnnouncedViral { get; init; }

    /// <summary>Relative standard deviation of the announced multiplier around the real one. Default value: 0.25.</summary>
    public double AnnouncedMultiplierNoise { get; init; } = 0.25;

    /// <summary>A fault's onset falls inside a planned business event. Default value: 0.25.</summary>
    public double FaultDuringEvent { get; init; } = 0.25;

    /// <summary>A deployment shortly (2–30 min) before a fault's onset. Default value: 0.3.</summary>
    public double DeploymentBeforeFault { get; init; } = 0.3;

    /// <summary>A deployment shortly before a surge, which did not cause it. Default value: 0.2.</summary>
    public double DeploymentBeforeLoad { get; init; } = 0.2;

    /// <summary>A calendar event that brings no load (holiday, all-hands) near any case. Default value: 0.15.</summary>
    public double EventWithoutLoad { get; init; } = 0.15;

    public static ScenarioOptions Default { get; } = new();

    /// <summary>Throws naming the first setting outside its range.</summary>
    public ScenarioOptions Validate()
    {
        foreach (var (name, value) in Probabilities())
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentException($"Scenario setting '{name}' is {value}; it must lie in [0, 1].");
            }
        }

        return !(AnnouncedMultiplierNoise >= 0 && AnnouncedMultiplierNoise <= 2)
            ? throw new ArgumentException(
                $"Scenario setting 'announced_multiplier_noise' is {AnnouncedMultiplierNoise}; it must lie in [0, 2].")
            : this;
    }

    private IEnumerable<(string Name, double Value)> Probabilities() =>
    [
        ("announced_surge", AnnouncedSurge),
        ("announced_viral", AnnouncedViral),
        ("fault_during_event", FaultDuringEvent),
        ("deployment_before_fault", DeploymentBeforeFault),
        ("deployment_before_load", DeploymentBeforeLoad),
        ("event_without_load", EventWithoutLoad),
    ];
}
