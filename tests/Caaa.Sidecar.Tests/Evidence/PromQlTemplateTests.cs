using Caaa.Sidecar.Evidence;

namespace Caaa.Sidecar.Tests.Evidence;

public sealed class PromQlTemplateTests
{
    [Fact]
    public void Fill_LabelWithQuotesAndBackslash_EscapedInsideTheString()
    {
        var labels = new Dictionary<string, string> { ["namespace"] = "a\"} or vector(1) #\\" };

        var query = PromQlTemplate.Fill("up{namespace=\"{{namespace}}\"}", labels, out var missing);

        Assert.Null(missing);
        Assert.Equal("up{namespace=\"a\\\"} or vector(1) #\\\\\"}", query);
    }

    [Fact]
    public void Fill_DottedLabelName_Substituted()
    {
        var labels = new Dictionary<string, string> { ["host.name"] = "web-01" };

        var query = PromQlTemplate.Fill("up{host=\"{{ host.name }}\"}", labels, out _);

        Assert.Equal("up{host=\"web-01\"}", query);
    }

    [Fact]
    public void Fill_AlertLacksLabel_NullAndNamesTheLabel()
    {
        var query = PromQlTemplate.Fill("up{job=\"{{job}}\"}", new Dictionary<string, string>(), out var missing);

        Assert.Null(query);
        Assert.Equal("job", missing);
    }
}
