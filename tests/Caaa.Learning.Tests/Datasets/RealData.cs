using Caaa.Learning.Datasets;

namespace Caaa.Learning.Tests.Datasets;

/// <summary>The real datasets read once per test run (read-only; tests never change them).</summary>
internal static class RealData
{
    private static readonly Lazy<DatasetCases> LazyNezha =
        new(() => new NezhaReader().Read(Path.Combine(TestPaths.Data, "nezha")));

    private static readonly Lazy<DatasetCases> LazyRcd =
        new(() => RcdSockShopReader.Read(Path.Combine(TestPaths.Data, "rcd-sockshop")));

    private static readonly Lazy<CaseLibrary> LazyLibrary = new(() => CaseLibrary.Load(TestPaths.Data, null));

    public static DatasetCases Nezha => LazyNezha.Value;

    public static DatasetCases Rcd => LazyRcd.Value;

    public static CaseLibrary Library => LazyLibrary.Value;
}
