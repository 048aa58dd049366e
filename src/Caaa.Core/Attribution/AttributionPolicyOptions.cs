namespace Caaa.Core.Attribution;

/// <summary>
/// The policy's thresholds. The five physics rails only ever turn EXPECTED_LOAD into UNKNOWN (never FAULT into
/// anything): load is believed only when the physics agree with the model.
/// </summary>
public sealed class AttributionPolicyOptions
{
    /// <summary>Below this winning probability the verdict is UNKNOWN. Default value: 0.6.</summary>
    public double ConfidenceThreshold { get; set; } = 0.6;

    /// <summary>
    /// Load rail: EXPECTED_LOAD needs the entry request rate to have risen above this multiple of its pre-onset
    /// level (feature <c>load_ratio</c>); otherwise the verdict is at most UNKNOWN. Default value: 1.2.
    /// </summary>
    public double MinimumLoadRatio { get; set; } = 1.2;

    /// <summary>
    /// Cost rail: EXPECTED_LOAD needs every service's CPU per request to have stayed under this multiple of its
    /// pre-onset level (feature <c>cost_per_request_change</c>); more work per request is a fault's mark, not
    /// load's. Default value: 1.5.
    /// </summary>
    public double MaximumCostPerRequestChange { get; set; } = 1.5;

    /// <summary>
    /// Error rail: EXPECTED_LOAD needs no service's error ratio to have risen by more than this (feature
    /// <c>error_ratio_change</c>, a share: 0.02 = 2 percentage points). Default value: 0.02.
    /// </summary>
    public double MaximumErrorRatioRise { get; set; } = 0.02;

    /// <summary>
    /// CPU rail: EXPECTED_LOAD needs no service's CPU to have outgrown the entry request rate by more than this
    /// factor (feature <c>cpu_rise_unexplained</c>). Default value: 1.5.
    /// </summary>
    public double MaximumUnexplainedCpuRise { get; set; } = 1.5;

    /// <summary>
    /// Latency rail: EXPECTED_LOAD needs no service's latency to have outgrown its own CPU rise by more than this
    /// factor (feature <c>latency_rise_unexplained</c>): a service slow without being busy waits on something
    /// broken. Heavy load near saturation can break it too, and then the verdict is UNKNOWN. Default value: 1.5
    /// (on the evaluation cases 1.5 leaves no fault that could pass every rail, 2.0 leaves two network-delay
    /// faults under a surge; a hidden fault costs more than an extra UNKNOWN).
    /// </summary>
    public double MaximumUnexplainedLatencyRise { get; set; } = 1.5;

    /// <summary>
    /// Fault margin: when the features go beyond load on a rail by this factor (with the default rails: CPU per
    /// request ×3, error ratio +4 points, a service's CPU ×3 beyond the requests, or a service's latency ×3
    /// beyond its CPU), load cannot explain the alert and a verdict that would have been UNKNOWN is FAULT,
    /// whatever the model said. It never touches a verdict the model and the rails agreed on, so it can only turn
    /// an UNKNOWN into FAULT, never hide anything. Measured on the evaluation cases (leave-one-system-out, seeds
    /// 42 and 1–4): accuracy +4 to +13 points and FP rate on FAULT +1.5 to +6 points against no margin.
    /// <see cref="double.PositiveInfinity"/> or any value below 1 (e.g. 0) turns it off. Default value: 2.
    /// </summary>
    public double FaultMargin { get; set; } = 2;

    /// <summary>
    /// No surge, no load: when the model leans FAULT but below <see cref="ConfidenceThreshold"/>, and the measured
    /// request rate did not rise (it broke the load rail, <see cref="MinimumLoadRatio"/>), the one alternative is
    /// refuted and the verdict is FAULT. A model leaning EXPECTED_LOAD without a surge stays UNKNOWN (work that
    /// comes without requests, such as a batch job, looks like that); so does any verdict when no request rate
    /// was measured. Measured on the evaluation cases (leave-one-system-out, seeds 42 and 1–4, with the fault
    /// margin): accuracy +0 to +7.4 points, FP rate on FAULT +0 to +3 points, faults hidden unchanged. Default
    /// value: true.
    /// </summary>
    public bool FaultWithoutSurge { get; set; } = true;

    /// <summary>
    /// The winning probability is multiplied by this when a context source failed. Default value: 0.8.
    /// </summary>
    public double IncompleteContextFactor { get; set; } = 0.8;

    /// <summary>The same confidence settings with every physics rail open (models never shown the physics).</summary>
    public AttributionPolicyOptions WithoutRails() => new()
    {
        ConfidenceThreshold = ConfidenceThreshold,
        IncompleteContextFactor = IncompleteContextFactor,
        MinimumLoadRatio = double.NegativeInfinity,
        MaximumCostPerRequestChange = double.PositiveInfinity,
        MaximumErrorRatioRise = double.PositiveInfinity,
        MaximumUnexplainedCpuRise = double.PositiveInfinity,
        MaximumUnexplainedLatencyRise = double.PositiveInfinity,
        FaultMargin = double.PositiveInfinity,
        FaultWithoutSurge = false,
    };
}
