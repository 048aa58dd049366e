namespace Caaa.EndToEnd.Tests;

/// <summary>One PromQL expression of a Grafana dashboard, with the template variables already substituted.</summary>
public sealed record DashboardQuery(string Panel, string RefId, string Expr)
{
    public override string ToString() => $"{Panel} [{RefId}]";
}
