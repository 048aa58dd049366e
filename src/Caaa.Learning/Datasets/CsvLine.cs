namespace Caaa.Learning.Datasets;

/// <summary>One data row of a <see cref="CsvTable"/> and the line it came from (1-based, header is line 1).</summary>
internal readonly record struct CsvLine(int Line, string[] Fields);
