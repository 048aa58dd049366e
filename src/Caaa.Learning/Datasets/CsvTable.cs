using System.Globalization;
using CsvHelper;

namespace Caaa.Learning.Datasets;

/// <summary>
/// A CSV file read whole, with the line number of every row kept so that a bad cell can be reported
/// precisely. Numbers use the invariant culture; "NaN" and empty cells are gaps.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, string[] header, IReadOnlyList<CsvLine> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _columns = [];
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvLine> Rows { get; }

    public static CsvTable Read(string path)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
            MalformedData = CsvMalformedDataHandling.Throw,
        };

        try
        {
            using var reader = CsvReader.FromFile(path, options);
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0)
            {
                throw new DatasetFormatException(path, 1, null, "the file is empty; a header row was expected");
            }

            var rows = new List<CsvLine>();
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (reader.FieldCount != header.Length)
                {
                    throw new DatasetFormatException(path, line, null,
                        $"the row has {reader.FieldCount} fields; the header has {header.Length}");
                }

                rows.Add(new CsvLine(line, Enumerable.Range(0, header.Length).Select(reader.GetString).ToArray()));
            }

            return new CsvTable(path, header, rows);
        }
        catch (CsvFormatException e)
        {
            throw new DatasetFormatException(path, null, null, $"malformed CSV: {e.Message}", e);
        }
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public int Column(string name) =>
        _columns.TryGetValue(name, out var index)
            ? index
            : throw new DatasetFormatException(Path, 1, name, "the header lacks this column");

    public static string Text(CsvLine row, int column) => row.Fields[column];

    /// <summary>The cell as a number; NaN for an empty cell or the literal NaN.</summary>
    public double Number(CsvLine row, int column)
    {
        var text = row.Fields[column].Trim();
        if (text.Length == 0)
        {
            return double.NaN;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new DatasetFormatException(Path, row.Line, Header[column], $"'{text}' is not a number");
    }
}
