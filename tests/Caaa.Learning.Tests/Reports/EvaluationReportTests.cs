using Caaa.Learning.Reports;

namespace Caaa.Learning.Tests.Reports;

public sealed class EvaluationReportTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"caaa-report-{Guid.NewGuid():N}");

    [Fact]
    public void Write_Result_WritesJsonMarkdownAndPngPlots()
    {
        var result = ReportFixture.Result();

        var written = EvaluationReport.Write(_output, result, new ReportContext("data", 1.0), ReportFixture.Incidents());

        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0, path));
        var names = written.Select(Path.GetFileName).ToArray();
        Assert.Contains("metrics.json", names);
        Assert.Contains("report.md", names);
        Assert.Contains("features.csv", names);
        Assert.Contains("confusion_matrix.png", names);
        Assert.Contains("feature_importance.png", names);
        Assert.Contains("timeline_fault.png", names);
        Assert.Contains("timeline_expected_load.png", names);
        var png = File.ReadAllBytes(Path.Combine(_output, "confusion_matrix.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void Write_Result_FeaturesCsvHoldsEveryCaseWithEveryFeature()
    {
        var result = ReportFixture.Result();

        EvaluationReport.Write(_output, result, new ReportContext("data", 1.0), ReportFixture.Incidents());

        var lines = File.ReadAllLines(Path.Combine(_output, "features.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(["id", "system", "group", "origin", "truth"], header[..5]);
        Assert.Equal(Caaa.Core.Features.FeatureNames.All, header[5..]);
        Assert.Equal(result.Cases.Count, lines.Length - 1);
        var first = result.Cases.OrderBy(c => c.Id, StringComparer.Ordinal).First();
        var row = lines[1].Split(',');
        Assert.Equal(first.Id, row[0]);
        Assert.Equal(first.Features["load_ratio"],
            float.Parse(row[5 + Caaa.Core.Features.FeatureNames.IndexOf("load_ratio")],
                System.Globalization.CultureInfo.InvariantCulture), 4);
    }

    [Fact]
    public void Build_Report_StatesTheContextOnlyCheckWithItsNumber()
    {
        var result = ReportFixture.Result();

        var text = MarkdownReport.Build(result, new ReportContext("data", 1.0));

        Assert.Contains("## Context-only check", text, StringComparison.Ordinal);
        Assert.Contains(Figure.Ratio(result.ContextOnly.Overall.F1Weighted), text, StringComparison.Ordinal);
        Assert.Contains("| everything_is_a_fault |", text, StringComparison.Ordinal);
        Assert.Contains("nab: test set holds only FAULT", text.Replace("system nab", "nab"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
