namespace Caaa.Learning.Reports;

/// <summary>What the report should say about the run beyond the figures: where the data came from.</summary>
/// <param name="LoadRatio">Synthetic expected-load cases per real fault case, when the case set was built with one.</param>
internal sealed record ReportContext(string DataDirectory, double? LoadRatio, TimeSpan? WallTime = null);
