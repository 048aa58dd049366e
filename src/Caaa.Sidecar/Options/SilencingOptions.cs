namespace Caaa.Sidecar.Options;

internal sealed class SilencingOptions
{
    /// <summary><c>shadow</c> (decide and record only) or <c>enforce</c>. Default value: shadow.</summary>
    public string Mode { get; set; } = SilencingModes.Shadow;

    /// <summary>Lowest EXPECTED_LOAD confidence that may silence. Default value: 0.9.</summary>
    public double MinConfidence { get; set; } = 0.9;

    /// <summary>Severities never silenced; empty means [critical]. Default value: [critical].</summary>
    public List<string> ProtectedSeverities { get; set; } = [];

    /// <summary>The alert label holding the severity. Default value: severity.</summary>
    public string SeverityLabel { get; set; } = "severity";

    /// <summary>Longest a silence may last from its first creation. Default value: 2h.</summary>
    public string MaxDuration { get; set; } = "2h";

    /// <summary>
    /// Most CAAA silences active at once; at the maximum a new one is not created (pages go through).
    /// Extending or reusing a silence does not add one. Default value: 20.
    /// </summary>
    public int MaxActive { get; set; } = 20;

    /// <summary>How often silenced incidents are re-evaluated. Default value: 1m.</summary>
    public string RecheckInterval { get; set; } = "1m";

    /// <summary>
    /// The most recent span each re-check compares with the evidence lookback before it; 0 turns that
    /// comparison off. Default value: 5m.
    /// </summary>
    public string RecheckWindow { get; set; } = "5m";

    internal bool Enforce => string.Equals(Mode, SilencingModes.Enforce, StringComparison.OrdinalIgnoreCase);

    internal TimeSpan MaxDurationValue => Durations.Parse(MaxDuration);

    internal TimeSpan RecheckIntervalValue => Durations.Parse(RecheckInterval);

    internal TimeSpan RecheckWindowValue => Durations.Parse(RecheckWindow);
}
