using System.Globalization;
using System.Text.Json;
using Caaa.Cli.Stack;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Core.Metrics;
using Caaa.Learning.Cases;
using Caaa.Learning.Datasets;
using Caaa.Learning.Evaluation;
using Spectre.Console;

namespace Caaa.Cli.Replay;

/// <summary>
/// Replays real and synthetic incidents through a real stack: backfills their metrics into a fresh
/// Prometheus, starts Alertmanager and the sidecar (enforce mode), registers each case's calendar
/// events and deployments, posts each case's alert to Alertmanager, waits for every attribution, and
/// reads the outcome back from the real servers. Everything it starts is stopped by process id.
/// </summary>
internal sealed class ReplayRunner(IAnsiConsole console)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    public async Task<ReplaySummary> RunAsync(ReplayOptions options, CancellationToken cancellationToken)
    {
        var (incidents, selected) = LoadCases(options);
        var model = Model(options, incidents, selected);
        var workDir = Path.Combine(Path.GetFullPath(options.OutputDir), "stack");
        if (Directory.Exists(workDir))
        {
            Directory.Delete(workDir, recursive: true);
        }

        Directory.CreateDirectory(workDir);
        model.Save(Path.Combine(workDir, "model.zip"));

        var now = DateTimeOffset.UtcNow;
        var cases = selected.Select((incident, i) => new ReplayCase(incident, ShiftToNow(incident, now), $"c{i + 1:D2}"))
            .ToList();
        await BackfillAsync(cases, workDir, cancellationToken);

        var offline = OfflineAttributions(model, cases);
        var online = await RunStackAsync(cases, workDir, options, cancellationToken);
        return ReplaySummary.From(cases, offline, online);
    }

    private (IReadOnlyList<Incident> All, IReadOnlyList<Incident> Selected) LoadCases(ReplayOptions options)
    {
        return console.Status().Start("loading data", status =>
        {
            var progress = new Progress<string>(message => status.Status(Markup.Escape(message)));
            var library = CaseLibrary.Load(options.DataDir, progress);
            var all = CaseSetBuilder.Build(
                library, new CaseSetOptions { LoadRatio = options.LoadRatio, Seed = options.Seed }, progress);
            var selected = ReplayCaseSelector.Select(all, options.Cases, options.Seed);
            console.MarkupLineInterpolated(
                $"[grey]replaying[/] {selected.Count} of {all.Count} cases from {library.Faults.Count} real faults");
            return (all, selected);
        });
    }

    /// <summary>
    /// The given model, or one trained on every case outside the replayed cases' groups, so no replayed
    /// case (nor anything grown from the same stretch of data) was seen in training.
    /// </summary>
    private AttributionModel Model(ReplayOptions options, IReadOnlyList<Incident> all, IReadOnlyList<Incident> selected)
    {
        if (options.ModelPath is not null)
        {
            return AttributionModel.Load(options.ModelPath);
        }

        var held = selected.Select(i => i.Group).ToHashSet(StringComparer.Ordinal);
        var training = all.Where(i => !held.Contains(i.Group) && i.Label is not null).ToList();
        return console.Status().Start("training a model on the cases not replayed", _ =>
        {
            var extractor = new FeatureExtractor();
            var (features, labels, _) = TrainingCases.Select(training.Select(i => (extractor.Extract(i), i.Label!.Value)));
            var model = AttributionModel.Train(features, labels, ClassifierKind.FastForest, options.Seed);
            console.MarkupLineInterpolated(
                $"[grey]trained[/] {model.Info.Kind} on {training.Count} cases outside the {held.Count} replayed groups");
            return model;
        });
    }

    /// <summary>
    /// Moves a case so that its last sample lands at least 20 s before now, by a whole number of analysis steps
    /// (15 s): the samples keep their place against the 15 s grid the sidecar queries on, so the replay reads the
    /// frame exactly as `caaa evaluate` does. Shifted by arbitrary seconds, a Sock Shop case (5 s samples) was read
    /// at a different phase each run and its confidence moved by up to 0.27.
    /// </summary>
    private static TimeSpan ShiftToNow(Incident incident, DateTimeOffset now)
    {
        var step = FrameStep.Analysis.Ticks;
        var wanted = (now.AddSeconds(-20) - incident.Frame.Timestamps[^1]).Ticks;
        return TimeSpan.FromTicks(wanted - (((wanted % step) + step) % step));
    }

    private async Task BackfillAsync(IReadOnlyList<ReplayCase> cases, string workDir, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workDir, "replay.om");
        await using (var writer = new StreamWriter(path))
        {
            OpenMetricsWriter.Write(writer, cases);
        }

        await console.Status().StartAsync("backfilling Prometheus with promtool", _ =>
            Backfill.RunAsync(path, Path.Combine(workDir, "prometheus-data"), cancellationToken));
    }

    private static Dictionary<string, Attribution> OfflineAttributions(AttributionModel model, IReadOnlyList<ReplayCase> cases)
    {
        var attributor = new Attributor(model, new AttributionPolicyOptions());
        return cases.ToDictionary(
            c => c.Incident.Id,
            c => attributor.Attribute(c.Incident, EvidenceQuality.Full).Attribution,
            StringComparer.Ordinal);
    }

    private async Task<ReplayObservations> RunStackAsync(
        IReadOnlyList<ReplayCase> cases,
        string workDir,
        ReplayOptions options,
        CancellationToken cancellationToken)
    {
        await using var stack = await console.Status().StartAsync("starting Prometheus, Alertmanager and the sidecar",
            _ => ReplayStack.StartAsync(new ReplayStackOptions(workDir), cancellationToken));
        var (prometheus, alertmanager) = (stack.Prometheus, stack.Alertmanager);
        var servers = string.Create(CultureInfo.InvariantCulture,
            $"Prometheus {prometheus.Url} (pid {prometheus.ProcessId}), " +
            $"Alertmanager {alertmanager.Url} (pid {alertmanager.ProcessId}), sidecar {stack.SidecarUrl}");
        console.MarkupLine("[grey]stack:[/] " + Markup.Escape(servers));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var api = new ReplayHttp(http);
        await RegisterContextAsync(api, stack.SidecarUrl, cases, cancellationToken);
        var endsAt = DateTimeOffset.UtcNow.AddHours(1);
        await api.PostAlertsAsync(stack.Alertmanager.Url, cases.Select(c => c.Alert(endsAt)), cancellationToken);
        var attributions = await WaitForAttributionsAsync(
            api, stack.SidecarUrl, cases, options.AttributionTimeout, cancellationToken);

        // Let silences settle and Prometheus scrape the sidecar's latest counters.
        await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);
        var silenced = await api.SilencedCasesAsync(stack.Alertmanager.Url, cancellationToken);
        var scraped = await api.QueryAsync(
            stack.Prometheus.Url, "sum by (classification) (caaa_attributions_total)", "classification",
            cancellationToken);
        return new ReplayObservations(attributions, silenced, stack.Grafana, scraped);
    }

    private static async Task RegisterContextAsync(
        ReplayHttp api,
        Uri sidecar,
        IEnumerable<ReplayCase> cases,
        CancellationToken cancellationToken)
    {
        foreach (var contextEvent in cases.SelectMany(c => c.ShiftedEvents))
        {
            await api.PushEventAsync(sidecar, contextEvent, cancellationToken);
        }
    }

    private async Task<Dictionary<string, JsonElement>> WaitForAttributionsAsync(
        ReplayHttp api,
        Uri sidecar,
        IReadOnlyList<ReplayCase> cases,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var attributions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        await console.Status().StartAsync("waiting for attributions", async status =>
        {
            while (DateTimeOffset.UtcNow < deadline)
            {
                attributions = await api.AttributionsByCaseAsync(sidecar, cancellationToken);
                status.Status($"attributed {attributions.Count}/{cases.Count}");
                if (attributions.Count >= cases.Count)
                {
                    return;
                }

                await Task.Delay(Poll, cancellationToken);
            }
        });
        if (attributions.Count < cases.Count)
        {
            console.MarkupLineInterpolated(
                $"[red]only {attributions.Count} of {cases.Count} cases were attributed within {timeout}[/]");
        }

        return attributions;
    }
}
