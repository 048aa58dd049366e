using System.Text.Json;
using Caaa.Integrations.Alertmanager;
using Caaa.Integrations.Tests.Cases;

namespace Caaa.Integrations.Tests.Alertmanager;

public sealed class SilenceValidatorTests
{
    public static TheoryData<int> Candidates() => new(Enumerable.Range(0, 8));

    [Theory]
    [MemberData(nameof(Candidates))]
    public void C19_Validate_HandedCandidate_VerdictAsExpected(int index)
    {
        var candidate = JsonDocument.Parse(SharedFiles.ReadCase("C19.json")).RootElement.GetProperty("candidates")[index];
        var matchers = candidate.GetProperty("matchers").EnumerateArray().Select(m => new Matcher(
            m.GetProperty("name").GetString()!,
            m.GetProperty("value").GetString()!,
            m.GetProperty("isRegex").GetBoolean(),
            m.GetProperty("isEqual").GetBoolean())).ToList();
        var accept = candidate.GetProperty("expect").GetString()!.StartsWith("accept", StringComparison.Ordinal);

        var errors = SilenceValidator.Validate(matchers);

        Assert.Equal(accept, errors.Count == 0);
    }

    [Fact]
    public void C19_Validate_InvalidRegex_ErrorNamesTheMatcher()
    {
        var errors = SilenceValidator.Validate([new Matcher("instance", "db-(1", IsRegex: true)]);

        Assert.Contains("instance", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RegexIsAnchored_PartialMatchOfEmptyDoesNotCount()
    {
        var errors = SilenceValidator.Validate([new Matcher("job", "a|", IsRegex: true)]);

        Assert.NotEmpty(errors);
    }
}
