using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

public sealed class CaseLibraryTests
{
    [Fact]
    public void Load_MissingDirectory_ThrowsNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"caaa-missing-{Guid.NewGuid():N}");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CaseLibrary.Load(missing, null));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RealData_FindsEveryDataset()
    {
        var library = RealData.Library;

        Assert.Equal(84, library.Faults.Count(f => f.Id.StartsWith("nezha-", StringComparison.Ordinal)));
        Assert.Equal(50, library.Faults.Count(f => f.System == "sock-shop"));
        Assert.Equal(15, library.NabIncidents.Count);
        Assert.Contains(library.NormalStretches, s => s.System == "train-ticket");
        Assert.Contains(library.NormalStretches, s => s.System == "online-boutique" && !s.CallGraph.IsEmpty);
    }

    [Fact]
    public void Load_FixtureTree_ReadsRcaEvalFolders()
    {
        var progress = new List<string>();

        var library = CaseLibrary.Load(Path.Combine(TestPaths.Fixtures), new Collector(progress));

        Assert.Equal(2, library.Faults.Count);
        Assert.Contains(progress, p => p.Contains("rcaeval", StringComparison.Ordinal));
    }

    private sealed class Collector(List<string> sink) : IProgress<string>
    {
        public void Report(string value) => sink.Add(value);
    }
}
