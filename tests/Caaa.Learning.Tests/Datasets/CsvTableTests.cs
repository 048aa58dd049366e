using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class CsvTableTests
{
    [Fact]
    public void Read_RowWithTooFewFields_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caaa-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "time,a,b\n1,2,3\n4,5\n");

        try
        {
            var error = Assert.Throws<DatasetFormatException>(() => CsvTable.Read(path));

            Assert.Equal(path, error.File);
            Assert.Equal(3, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Number_NaNAndEmptyCells_AreGaps()
    {
        var path = Path.Combine(Path.GetTempPath(), $"caaa-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b,c\nNaN,,1.5e-3\n");

        try
        {
            var table = CsvTable.Read(path);
            var row = table.Rows[0];

            Assert.True(double.IsNaN(table.Number(row, 0)));
            Assert.True(double.IsNaN(table.Number(row, 1)));
            Assert.Equal(0.0015, table.Number(row, 2), 10);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
