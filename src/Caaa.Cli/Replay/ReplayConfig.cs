using System.Globalization;
using Caaa.Core.Metrics;

namespace Caaa.Cli.Replay;

/// <summary>
/// The sidecar configuration for a replay: enforce mode, signal queries scoped to the case's label,
/// and the local Prometheus, Alertmanager and annotation sink.
/// </summary>
internal static class ReplayConfig
{
    public static string Yaml(
        string workDir,
        Uri prometheus,
        Uri alertmanager,
        Uri grafana,
        string grafanaTokenFile,
        string recheckInterval = "1m",
        string recheckWindow = "5m",
        string lookahead = "15m")
    {
        var signals = string.Concat(Enum.GetValues<Signal>().Select(signal =>
        {
            var name = OpenMetricsWriter.SignalName(signal);
            var scope = OpenMetricsWriter.ScopeLabel;
            var selector = "{" + scope + "=\"{{" + scope + "}}\",signal=\"" + name + "\"}";
            return $"\n    - signal: {name}\n      query: 'max by (service) ({OpenMetricsWriter.MetricName}{selector})'";
        }));
        return string.Create(CultureInfo.InvariantCulture, $"""
            store:
              path: '{Path.Combine(workDir, "caaa.db")}'
            model:
              path: '{Path.Combine(workDir, "model.zip")}'
            queue:
              workers: 2
              sweepInterval: 5s
            evidence:
              serviceLabel: service
              lookback: 45m
              lookahead: {lookahead}
              step: 15s
              signals:{signals}
            silencing:
              mode: enforce
              minConfidence: 0.9
              protectedSeverities: [critical]
              maxDuration: 2h
              recheckInterval: {recheckInterval}
              recheckWindow: {recheckWindow}
            annotations:
              enabled: true
            prometheus:
              baseUrl: '{prometheus}'
            alertmanager:
              baseUrl: '{alertmanager}'
            grafana:
              baseUrl: '{grafana}'
              bearerTokenFile: '{grafanaTokenFile}'
            """);
    }
}
