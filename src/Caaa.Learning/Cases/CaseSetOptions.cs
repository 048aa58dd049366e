using Caaa.Learning.Scenarios;

namespace Caaa.Learning.Cases;

/// <summary>How <see cref="CaseSetBuilder"/> assembles a labelled case set.</summary>
internal sealed record CaseSetOptions
{
    /// <summary>Synthetic EXPECTED_LOAD cases per real fault, per system. Default value: 1.0.</summary>
    public double LoadRatio { get; init; } = 1.0;

    /// <summary>Extra FAULT cases with a surge laid over them, as a share of the real faults. Default value: 0.2.</summary>
    public double FaultUnderLoadShare { get; init; } = 0.2;

    /// <summary>Seeds every random choice, so the same options give the same cases. Default value: 42.</summary>
    public int Seed { get; init; } = 42;

    public ScenarioOptions Scenario { get; init; } = ScenarioOptions.Default;

    /// <summary>Adds NAB's single-series known-cause incidents (system "nab"). Default value: false.</summary>
    public bool IncludeNab { get; init; }

    public static CaseSetOptions Default { get; } = new();
}
