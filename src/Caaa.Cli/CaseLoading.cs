using Caaa.Core.Incidents;
using Caaa.Learning.Cases;
using Caaa.Learning.Datasets;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Scenarios;
using Spectre.Console;

namespace Caaa.Cli;

/// <summary>Loads the datasets, builds the labelled case set and computes features, showing progress.</summary>
internal static class CaseLoading
{
    public static (IReadOnlyList<Incident> Incidents, IReadOnlyList<EvaluationCase> Cases) Load(
        IAnsiConsole console,
        string dataDir,
        CaseSetOptions options)
    {
        return console.Status().Start("loading data", status =>
        {
            var library = CaseLibrary.Load(dataDir, new Progress(console, status, "loading data"));
            status.Status("building cases");
            var incidents = CaseSetBuilder.Build(library, options, new Progress(console, status, "building cases"));
            if (incidents.Count == 0)
            {
                throw new UserError($"No labelled case could be built from '{Path.GetFullPath(dataDir)}'.");
            }

            console.MarkupLineInterpolated(
                $"[grey]loaded[/] {library.Faults.Count} real faults, {library.NormalStretches.Count} normal stretches");
            var cases = EvaluationCaseBuilder.Build(
                incidents,
                new Reporter<int>(done => status.Status($"features {done}/{incidents.Count}")));
            return (incidents, cases);
        });
    }

    public static CaseSetOptions Options(double loadRatio, int seed, string? scenarioFile) => new()
    {
        LoadRatio = loadRatio,
        Seed = seed,
        Scenario = scenarioFile is null ? ScenarioOptions.Default : ScenarioFile.Load(scenarioFile),
    };

    /// <summary>
    /// Prints each message of a long step as a line under the step's status line. A status line is only
    /// redrawn every so often, so messages shown there alone went missing from logs.
    /// </summary>
    private sealed class Progress(IAnsiConsole console, StatusContext status, string step) : IProgress<string>
    {
        public void Report(string value)
        {
            status.Status(step);
            console.MarkupLine($"[grey]{step}:[/] {Markup.Escape(value)}");
        }
    }

    // System.Progress<T> posts to the thread pool; the status line must change in step with the work.
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
