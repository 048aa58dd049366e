using Caaa.Core.Attribution;
using Caaa.Core.Incidents;
using Caaa.Learning.Cases;
using Caaa.Learning.Evaluation;
using Caaa.Learning.Tests.Datasets;

namespace Caaa.Learning.Tests.Cases;

public sealed class CaseSetBuilderTests
{
    [Fact]
    public void Build_RealData_OneLoadCasePerFaultPerSystem()
    {
        var cases = CaseSetBuilder.Build(RealData.Library, CaseSetOptions.Default);

        foreach (var system in RealData.Library.Faults.Select(f => f.System).Distinct())
        {
            var faults = RealData.Library.Faults.Count(f => f.System == system);
            Assert.Equal(faults, cases.Count(c => c.System == system && c.Label == AttributionClass.ExpectedLoad));
        }
    }

    [Fact]
    public void Build_RealData_EveryDerivedCaseKeepsItsSourceGroup()
    {
        var library = RealData.Library;
        var groups = library.NormalStretches.Select(s => s.Group).Concat(library.Faults.Select(f => f.Group))
            .ToHashSet();

        var cases = CaseSetBuilder.Build(library, CaseSetOptions.Default);
        var faultUnderLoad = cases.Where(c => c.Id.Contains("-ful-", StringComparison.Ordinal)).ToArray();

        Assert.All(cases, c => Assert.Contains(c.Group, groups));
        Assert.All(faultUnderLoad, c =>
        {
            var source = library.Faults.Single(f => c.Id.StartsWith(f.Id + "-ful-", StringComparison.Ordinal));
            Assert.Equal(source.Group, c.Group);
            Assert.Equal(AttributionClass.Fault, c.Label);
        });
        foreach (var system in library.Faults.Select(f => f.System).Distinct())
        {
            var faults = library.Faults.Count(f => f.System == system);
            Assert.Equal((int)Math.Round(0.2 * faults), faultUnderLoad.Count(c => c.System == system));
        }
    }

    [Fact]
    public void Build_SameSeed_SameIdsAndContext()
    {
        var options = CaseSetOptions.Default with { Seed = 5 };

        var first = CaseSetBuilder.Build(RealData.Library, options);
        var second = CaseSetBuilder.Build(RealData.Library, options);

        Assert.Equal(first.Select(c => c.Id), second.Select(c => c.Id));
        Assert.Equal(first.Select(c => c.Context.Events.Count), second.Select(c => c.Context.Events.Count));
        Assert.Equal(first.Count, first.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Build_RealData_SyntheticWindowsAreShapedLikeTheSystemsFaultWindows()
    {
        var cases = CaseSetBuilder.Build(RealData.Library, CaseSetOptions.Default);

        foreach (var system in RealData.Library.Faults.Select(f => f.System).Distinct())
        {
            var faultShapes = RealData.Library.Faults.Where(f => f.System == system).Select(Shape).ToHashSet();
            var loads = cases.Where(c => c.System == system && c.Label == AttributionClass.ExpectedLoad).ToArray();

            Assert.All(loads, c => Assert.Contains(Shape(c), faultShapes));
        }
    }

    [Fact]
    public void Build_RealData_SyntheticLoadGrowsFromStretchesNoGappierThanTheFaults()
    {
        var library = RealData.Library;

        var cases = CaseSetBuilder.Build(library, CaseSetOptions.Default);

        foreach (var system in library.Faults.Select(f => f.System).Distinct())
        {
            var limit = library.Faults.Where(f => f.System == system)
                .Max(f => CaseShape.GapShareOf(f.Frame)) + CaseSetBuilder.GapTolerance;
            var sources = cases.Where(c => c.System == system && c.Label == AttributionClass.ExpectedLoad)
                .Select(c => library.NormalStretches.Single(s => s.Group == c.Group && s.System == system));

            Assert.All(sources, s => Assert.True(CaseShape.GapShareOf(s.Frame) <= limit, s.Id));
        }
    }

    private static (int, int) Shape(Incident incident)
    {
        var shape = CaseShape.Of(incident);
        return (shape.Samples, shape.OnsetIndex);
    }
}
