namespace Caaa.Learning.Synthetic;

/// <summary>CPU a service spends per unit of request rate (and at idle), measured on normal traffic.</summary>
internal sealed record ServiceCost(double Intercept, double Slope, double MeanLoad, double MeanCpu);
