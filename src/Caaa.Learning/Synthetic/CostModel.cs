using Caaa.Core.Metrics;

namespace Caaa.Learning.Synthetic;

/// <summary>
/// Per-service cost per request: CPU regressed on request rate (intercept + slope, least squares) over normal
/// traffic. Services without a usable request-rate series scale their CPU by <see cref="LoadDependentShare"/>,
/// the share of CPU that followed requests among the services that could be fitted (0.7 when none could).
/// </summary>
internal sealed class CostModel
{
    private const int MinimumSamples = 5;
    private const double DefaultLoadDependentShare = 0.7;
    private readonly Dictionary<string, ServiceCost> _costs;

    private CostModel(Dictionary<string, ServiceCost> costs, double loadDependentShare)
    {
        _costs = costs;
        LoadDependentShare = loadDependentShare;
    }

    public double LoadDependentShare { get; }

    public ServiceCost? For(string service) => _costs.GetValueOrDefault(service);

    public static CostModel Fit(MetricFrame normal)
    {
        var costs = new Dictionary<string, ServiceCost>(StringComparer.Ordinal);
        foreach (var service in normal.Services)
        {
            if (normal[service, Signal.Load] is { } load && normal[service, Signal.Cpu] is { } cpu
                && FitOne(load, cpu) is { } cost)
            {
                costs[service] = cost;
            }
        }

        var shares = costs.Values.Where(c => c.MeanCpu > 0)
            .Select(c => Math.Clamp(c.Slope * c.MeanLoad / c.MeanCpu, 0.2, 1.0))
            .ToArray();
        return new CostModel(costs, shares.Length == 0 ? DefaultLoadDependentShare : shares.Average());
    }

    private static ServiceCost? FitOne(double[] load, double[] cpu)
    {
        var pairs = load.Zip(cpu).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToArray();
        if (pairs.Length < MinimumSamples)
        {
            return null;
        }

        var x = pairs.Select(p => p.First).ToArray();
        var y = pairs.Select(p => p.Second).ToArray();
        if (x.Max() - x.Min() <= 1e-12 || x.Average() <= 0)
        {
            return null;
        }

        var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
        // A negative cost per request is noise on an almost idle service; it does no work per request. A slope
        // above the mean CPU per request means a negative idle CPU, which no service has: a fit over too narrow
        // a range of load. Bounded there, a surge never costs more per request than normal traffic does.
        var (meanLoad, meanCpu) = (x.Average(), y.Average());
        var bounded = Math.Clamp(slope, 0, Math.Max(0, meanCpu) / meanLoad);
        return new ServiceCost(meanCpu - (bounded * meanLoad), bounded, meanLoad, meanCpu);
    }
}
