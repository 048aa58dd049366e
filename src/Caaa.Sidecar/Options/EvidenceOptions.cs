using Caaa.Core.Metrics;

namespace Caaa.Sidecar.Options;

internal sealed class EvidenceOptions
{
    /// <summary>The label naming the service, in alerts and in query results. Default value: service.</summary>
    public string ServiceLabel { get; set; } = "service";

    /// <summary>How far before the alert's startsAt metrics are read. Default value: 30m.</summary>
    public string Lookback { get; set; } = "30m";

    /// <summary>How far after startsAt metrics are read (capped at now). Default value: 5m.</summary>
    public string Lookahead { get; set; } = "5m";

    /// <summary>
    /// The query_range resolution. The features are computed on <see cref="FrameStep.Analysis"/> (15 s), the
    /// grid the model was trained and evaluated on; another step is resampled onto it. Default value: 15s.
    /// </summary>
    public string Step { get; set; } = "15s";

    /// <summary>One PromQL template per signal; empty means <see cref="SignalQueryOptions.Defaults"/>.</summary>
    public List<SignalQueryOptions> Signals { get; set; } = [];

    internal TimeSpan LookbackValue => Durations.Parse(Lookback);

    internal TimeSpan LookaheadValue => Durations.Parse(Lookahead);

    internal TimeSpan StepValue => Durations.Parse(Step);
}
