using Caaa.Core.Attribution;
using Caaa.Core.Context;
using Caaa.Learning.Scenarios;
using Caaa.Learning.Synthetic;
using Caaa.Learning.Tests.Synthetic;

namespace Caaa.Learning.Tests.Scenarios;

public sealed class ContextAttacherTests
{
    private const int Cases = 2000;

    [Fact]
    public void Attach_PlannedSurges_AnnouncedAtTheConfiguredRate()
    {
        var drafts = Surges(SurgeKind.FlashSale);

        var incidents = ContextAttacher.Attach(drafts, ScenarioOptions.Default, new Random(1));
        var announced = incidents.Count(i => i.Context.Calendar.Any(e => e.ExpectedLoadMultiplier is not null
            && e.Covers(i.Onset)));

        Assert.InRange(announced / (double)Cases, 0.66, 0.74);
    }

    [Fact]
    public void Attach_ViralSurges_NeverAnnouncedByDefault()
    {
        var drafts = Surges(SurgeKind.ViralContent);

        var incidents = ContextAttacher.Attach(drafts, ScenarioOptions.Default, new Random(1));

        Assert.DoesNotContain(incidents, i => i.Context.Calendar.Any(e => e.ExpectedLoadMultiplier is not null));
    }

    [Fact]
    public void Attach_Faults_EventsAndDeploymentsAtTheConfiguredRates()
    {
        var fault = Surges(SurgeKind.FlashSale)[0].Incident with { Label = AttributionClass.Fault, RootService = "cart" };
        var drafts = Enumerable.Range(0, Cases).Select(_ => new CaseDraft(fault, null)).ToArray();

        var incidents = ContextAttacher.Attach(drafts, ScenarioOptions.Default, new Random(2));
        var during = incidents.Count(i => i.Context.Calendar.Any(e => e.ExpectedLoadMultiplier is not null
            && e.Covers(i.Onset)));
        var deployed = incidents.Count(i => i.Context.Deployments.Any(d => d.Start < i.Onset
            && d.Start >= i.Onset - TimeSpan.FromMinutes(30)));

        Assert.InRange(during / (double)Cases, 0.21, 0.29);
        Assert.InRange(deployed / (double)Cases, 0.26, 0.34);
        Assert.All(incidents.SelectMany(i => i.Context.Events), e => Assert.Equal("scenario", e.Source));
    }

    [Fact]
    public void Attach_AnnouncedMultiplier_IsNearTheRealOne()
    {
        var drafts = Surges(SurgeKind.FlashSale);

        var incidents = ContextAttacher.Attach(drafts, ScenarioOptions.Default, new Random(3));
        var ratios = incidents.Zip(drafts)
            .SelectMany(p => p.First.Context.Calendar.Where(e => e.ExpectedLoadMultiplier is not null)
                .Select(e => e.ExpectedLoadMultiplier!.Value / p.Second.Surge!.Multiplier))
            .ToArray();

        Assert.InRange(ratios.Average(), 0.9, 1.1);
    }

    [Fact]
    public void Attach_Deployment_NamesAServiceAndVersion()
    {
        var options = ScenarioOptions.Default with { DeploymentBeforeLoad = 1.0 };

        var incident = ContextAttacher.Attach(Surges(SurgeKind.FlashSale)[0], options, new Random(4));
        var deployment = Assert.Single(incident.Context.Deployments);

        Assert.Matches(@"^deploy (frontend|cart|batch) v\d+\.\d+\.\d+$", deployment.Name);
        Assert.Equal(ContextEventKind.Deployment, deployment.Kind);
    }

    private static CaseDraft[] Surges(SurgeKind kind)
    {
        var draft = LoadSurgeGenerator.Grow("s", TestStretches.Create(), kind, 30, 10, new Random(1));
        return Enumerable.Repeat(draft, Cases).ToArray();
    }
}
