namespace Caaa.Learning.Datasets;

/// <summary>A dataset file that cannot be read as documented; the message names the file, line and column.</summary>
internal sealed class DatasetFormatException : Exception
{
    public DatasetFormatException(string file, int? line, string? column, string problem, Exception? inner = null)
        : base(Describe(file, line, column, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string File { get; }

    public int? Line { get; }

    public string? Column { get; }

    private static string Describe(string file, int? line, string? column, string problem)
    {
        var where = line is null ? file : $"{file}, line {line}";
        return column is null ? $"{where}: {problem}" : $"{where}, column '{column}': {problem}";
    }
}
