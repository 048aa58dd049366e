using Caaa.Cli.Replay;

namespace Caaa.EndToEnd.Tests;

/// <summary>The few real and synthetic cases the end-to-end stack replays, each with its role.</summary>
/// <param name="Fault">A real fault whose offline attribution with the same model is FAULT.</param>
/// <param name="Surge">An announced surge attributed EXPECTED_LOAD offline with confidence ≥ 0.9.</param>
/// <param name="FaultDuringEvent">A fault with a calendar event covering its onset.</param>
/// <param name="Live">An announced surge whose latest metrics are served live, so a test can turn them
/// into a fault.</param>
internal sealed record EndToEndCases(ReplayCase Fault, ReplayCase Surge, ReplayCase FaultDuringEvent, ReplayCase Live)
{
    public IReadOnlyList<ReplayCase> All => [Fault, Surge, FaultDuringEvent, Live];
}
