namespace Caaa.Core.Tests.Support;

/// <summary>
/// The feature values of <see cref="PinnedIncidents"/> as computed (in double precision, before the
/// conversion to float) by the extractor of main on 2026-12-03 (onset and recovery spans in minutes of the
/// 15 s grid), before the extraction was made faster.
/// A deliberate change to a feature must update these, and say so in its commit.
/// </summary>
internal static class PinnedFeatureValues
{
    public static readonly IReadOnlyDictionary<string, double[]> ByIncident = new Dictionary<string, double[]>
    {
        ["fault"] =
        [
            0, // global_load_ratio
            0.769076076685784, // cpu_request_correlation
            -0.021453721539946735, // cross_service_sync
            1.4707406502752518, // error_rate_delta
            0.023666543059613184, // latency_cpu_correlation
            0.42414351582744536, // memory_trend_uniformity
            0.5931289978790889, // onset_gradient
            0.9027777777777777, // peak_duration
            1, // cascade_score
            0.24119409770182756, // recovery_indicator
            1, // affected_service_ratio
            1, // variance_change_ratio
            0, // event_active
            0, // event_expected_impact
            1, // time_seasonality
            0, // recent_deployment
            0.7, // context_confidence
            0.9954478370906039, // load_ratio
            2.519959230282359, // cost_per_request_change
            0.11761091930083506, // error_ratio_change
            3.8660299678425694, // latency_ratio
            56.320602496834965, // detector_score
            2.4932534759598277, // cpu_rise_unexplained
            1.550596441604985, // latency_rise_unexplained
            0.989402306989094, // min_load_ratio
        ],
        ["surge"] =
        [
            1, // global_load_ratio
            0.9976925605508948, // cpu_request_correlation
            0.9888456761966906, // cross_service_sync
            -0.0013604342107322062, // error_rate_delta
            0.8913604008003495, // latency_cpu_correlation
            0.389384858873558, // memory_trend_uniformity
            0.32053146127176835, // onset_gradient
            0.9405263157894738, // peak_duration
            1, // cascade_score
            0.17626814416065564, // recovery_indicator
            1, // affected_service_ratio
            0.9753919213544471, // variance_change_ratio
            1, // event_active
            2.5, // event_expected_impact
            1, // time_seasonality
            0.4965853037914095, // recent_deployment
            1, // context_confidence
            2.490558138357708, // load_ratio
            1.0242523156850885, // cost_per_request_change
            0.00013097517209638594, // error_ratio_change
            1.3304464226222035, // latency_ratio
            53.50720546273034, // detector_score
            1.0156093390936927, // cpu_rise_unexplained
            0.5377183832047333, // latency_rise_unexplained
            2.4404244804188777, // min_load_ratio
        ],
        ["gaps"] =
        [
            0, // global_load_ratio
            0.764859988971895, // cpu_request_correlation
            -0.0015351000558734209, // cross_service_sync
            0.9988728833872247, // error_rate_delta
            0.040876158563295094, // latency_cpu_correlation
            0.12281146723540226, // memory_trend_uniformity
            0.31039691241001155, // onset_gradient
            0.8311111111111111, // peak_duration
            1, // cascade_score
            0.14311028602221185, // recovery_indicator
            1, // affected_service_ratio
            1, // variance_change_ratio
            0, // event_active
            0, // event_expected_impact
            1, // time_seasonality
            0, // recent_deployment
            0.7, // context_confidence
            0.9994925468018128, // load_ratio
            2.544396450595741, // cost_per_request_change
            0.11948121178177452, // error_ratio_change
            3.7757098853675117, // latency_ratio
            54.50406438438348, // detector_score
            2.55307543426215, // cpu_rise_unexplained
            1.4788869277803804, // latency_rise_unexplained
            0.9809264998196998, // min_load_ratio
        ],
        ["outside"] =
        [
            1, // global_load_ratio
            0.9948127258547346, // cpu_request_correlation
            0.9726240867272532, // cross_service_sync
            -0.004955056369050917, // error_rate_delta
            0.8838620924266962, // latency_cpu_correlation
            0.2935106535330607, // memory_trend_uniformity
            0.32086784942799734, // onset_gradient
            0.4984126984126983, // peak_duration
            0.49039656208810806, // cascade_score
            0.4209905172425283, // recovery_indicator
            1, // affected_service_ratio
            1, // variance_change_ratio
            0, // event_active
            0, // event_expected_impact
            1, // time_seasonality
            0, // recent_deployment
            0.7, // context_confidence
            1.082482141262481, // load_ratio
            1.0537593734054311, // cost_per_request_change
            9.613689055486523E-05, // error_ratio_change
            1.099252249963829, // latency_ratio
            28.264188978460734, // detector_score
            1.0484823910274568, // cpu_rise_unexplained
            1.006497884379354, // latency_rise_unexplained
            1.053927695887157, // min_load_ratio
        ],
    };
}
