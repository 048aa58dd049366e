namespace Caaa.Core.Features;

/// <summary>
/// The negligible CPU and request-rate levels of one incident (a share of the busiest baseline), taken once per
/// extraction: each depends on every service, so taking it per service made the additional features quadratic.
/// </summary>
internal readonly record struct NegligibleLevels(double Cpu, double Load);
