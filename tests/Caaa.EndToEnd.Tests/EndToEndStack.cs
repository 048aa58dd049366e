using System.Text.Json;
using Caaa.Cli.Replay;
using Caaa.Cli.Stack;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Incidents;
using Caaa.Learning.Cases;
using Caaa.Learning.Datasets;

namespace Caaa.EndToEnd.Tests;

/// <summary>
/// One real stack for the whole collection: picks a few real cases, trains a model without their groups,
/// backfills their metrics into a fresh Prometheus, serves the live case's latest signals from
/// <see cref="LiveSignals"/>, starts Alertmanager and the sidecar (enforce mode, 5 s re-check), registers
/// the cases' calendar events, posts their alerts and waits until every one is attributed.
/// Everything started is stopped by process id on dispose.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes every field.")]
public sealed class EndToEndStack : IAsyncLifetime
{
    public const string RecheckInterval = "5s";
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(2);
    private static readonly TimeSpan AttributionTimeout = TimeSpan.FromMinutes(3);

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), $"caaa-e2e-{Guid.NewGuid():N}");
    private HttpClient? _http;
    private ReplayStack? _stack;
    private LiveSignals? _live;
    private LiveSignals? _surge;

    internal EndToEndCases Cases { get; private set; } = null!;

    internal ReplayStack Stack => _stack!;

    internal LiveSignals Live => _live!;

    internal ReplayHttp Api => new(Http);

    internal HttpClient Http => _http!;

    /// <summary>The live case's active silences when its metrics turned into a fault.</summary>
    internal IReadOnlyList<string> LiveSilencesBeforeFault { get; private set; } = [];

    internal DateTimeOffset SwitchedAt { get; private set; }

    /// <summary>The attribution detail of every case right after the first round, keyed by case id.</summary>
    internal IReadOnlyDictionary<string, JsonElement> FirstAttributions { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workDir);
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var picker = new CasePicker(LoadCases());
        var model = Train(picker);
        model.Save(Path.Combine(_workDir, "model.zip"));
        var (fault, surge, duringEvent, live) = picker.Pick(model);

        var now = DateTimeOffset.UtcNow;
        Cases = new EndToEndCases(
            Replay(fault, "c01", now), Replay(surge, "c02", now), Replay(duringEvent, "c03", now),
            Replay(live, "c04", now));
        await BackfillAsync();

        _live = await LiveSignals.StartAsync(LocalPorts.Free(), Cases.Live.Incident.Id, LiveValues.Surge(Cases.Live));
        // The announced surge goes on after its backfilled samples, as a real campaign would: the re-checks
        // of its silence read live values, not a series gone stale.
        _surge = await LiveSignals.StartAsync(
            LocalPorts.Free(), Cases.Surge.Incident.Id, LiveValues.Surge(Cases.Surge));
        _stack = await ReplayStack.StartAsync(
            new ReplayStackOptions(_workDir)
            {
                ExtraScrapeTargets = [_live.Url, _surge.Url],
                RecheckInterval = RecheckInterval,
                Lookahead = "3h",
            },
            CancellationToken.None);

        await ReplayAsync();
    }

    private static IReadOnlyList<Incident> LoadCases()
    {
        var library = CaseLibrary.Load(RepositoryRoot.DataDir, progress: null);
        return CaseSetBuilder.Build(library, CaseSetOptions.Default);
    }

    /// <summary>A model trained on every labelled case outside the candidates' groups, as replay does.</summary>
    private static AttributionModel Train(CasePicker picker)
    {
        var held = picker.Held.Select(i => i.Group).ToHashSet(StringComparer.Ordinal);
        var training = picker.All.Where(i => !held.Contains(i.Group) && i.Label is not null).ToList();
        var extractor = new FeatureExtractor();
        return AttributionModel.Train(
            training.Select(extractor.Extract).ToArray(),
            training.Select(i => i.Label!.Value).ToArray(),
            ClassifierKind.FastForest,
            seed: 42);
    }

    /// <summary>The case moved so that its last sample lands 20 s before now.</summary>
    private static ReplayCase Replay(Incident incident, string scope, DateTimeOffset now)
    {
        var last = incident.Frame.Timestamps[^1];
        var shift = TimeSpan.FromSeconds(Math.Floor((now.AddSeconds(-20) - last).TotalSeconds));
        return new ReplayCase(incident, shift, scope);
    }

    private async Task BackfillAsync()
    {
        var path = Path.Combine(_workDir, "replay.om");
        await using (var writer = new StreamWriter(path))
        {
            OpenMetricsWriter.Write(writer, Cases.All);
        }

        await Backfill.RunAsync(path, Path.Combine(_workDir, "prometheus-data"), CancellationToken.None);
    }

    private async Task ReplayAsync()
    {
        var api = Api;
        foreach (var contextEvent in Cases.All.SelectMany(c => c.ShiftedEvents))
        {
            await api.PushEventAsync(Stack.SidecarUrl, contextEvent, CancellationToken.None);
        }

        var endsAt = DateTimeOffset.UtcNow.AddHours(1);
        await api.PostAlertsAsync(
            Stack.Alertmanager.Url, Cases.All.Select(c => c.Alert(endsAt)), CancellationToken.None);
        FirstAttributions = await WaitForAttributionsAsync(api);
        await TurnLiveSurgeIntoFaultAsync();
    }

    /// <summary>
    /// Turns the live surge into a fault as soon as its first verdict is in, so that the surge is not held
    /// flat for however long other tests take (which would itself change the evidence).
    /// </summary>
    private async Task TurnLiveSurgeIntoFaultAsync()
    {
        var caseId = Cases.Live.Incident.Id;
        var silences = await Eventually.WaitAsync(
            () => Http.SilencesForCaseAsync(Stack.Alertmanager.Url, caseId),
            found => found.Any(s => s.State() == "active"),
            TimeSpan.FromSeconds(10));
        LiveSilencesBeforeFault = silences.Where(s => s.State() == "active")
            .Select(s => s.GetProperty("id").GetString()!).ToList();
        Live.Serve(LiveValues.Fault(Cases.Live));
        SwitchedAt = DateTimeOffset.UtcNow;
    }

    private async Task<Dictionary<string, JsonElement>> WaitForAttributionsAsync(ReplayHttp api)
    {
        var deadline = DateTimeOffset.UtcNow + AttributionTimeout;
        while (true)
        {
            var attributions = await api.AttributionsByCaseAsync(Stack.SidecarUrl, CancellationToken.None);
            if (attributions.Count >= Cases.All.Count)
            {
                return attributions;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"Only {attributions.Count} of {Cases.All.Count} cases were attributed within " +
                    $"{AttributionTimeout}; see the logs in {_workDir}.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }

        if (_surge is not null)
        {
            await _surge.DisposeAsync();
        }

        if (_live is not null)
        {
            await _live.DisposeAsync();
        }

        _http?.Dispose();
        TryDelete(_workDir);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A server may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }
}
