namespace Caaa.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class DashboardQueriesTests(EndToEndStack stack)
{
    public static TheoryData<DashboardQuery> Queries() => [.. DashboardQueries.Load()];

    public static TheoryData<DashboardQuery> AttributionAndSilenceQueries() =>
        [.. DashboardQueries.Load().Where(AboutAttributionsOrSilences)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task DashboardQuery_AgainstRealPrometheus_RunsWithoutError(DashboardQuery query)
    {
        var answer = await stack.Http.QueryAsync(stack.Stack.Prometheus.Url, query.Expr);

        Assert.True(answer.GetProperty("status").GetString() == "success", $"{query.Expr}\n{answer}");
    }

    [Theory]
    [MemberData(nameof(AttributionAndSilenceQueries))]
    public async Task DashboardQuery_AboutAttributionsOrSilences_ReturnsData(DashboardQuery query)
    {
        var answer = await Eventually.WaitAsync(
            () => stack.Http.QueryAsync(stack.Stack.Prometheus.Url, query.Expr),
            a => a.GetProperty("data").GetProperty("result").GetArrayLength() > 0,
            TimeSpan.FromSeconds(30));

        Assert.True(answer.GetProperty("data").GetProperty("result").GetArrayLength() > 0, $"no data: {query.Expr}");
    }

    [Fact]
    public void Load_Dashboard_FindsTheAttributionAndSilencePanels()
    {
        var queries = DashboardQueries.Load();

        Assert.Contains(queries, q => q.Expr.Contains("caaa_attributions_total", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Expr.Contains("caaa_silences_total", StringComparison.Ordinal));
        Assert.Contains(queries, q => !AboutAttributionsOrSilences(q));
        Assert.DoesNotContain(queries, q => q.Expr.Contains('$', StringComparison.Ordinal));
    }

    private static bool AboutAttributionsOrSilences(DashboardQuery query) =>
        query.Expr.Contains("caaa_attributions_total", StringComparison.Ordinal)
        || query.Expr.Contains("caaa_silences_total", StringComparison.Ordinal);
}
