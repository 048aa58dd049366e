using Caaa.Integrations.Alertmanager.Wire;
using Caaa.Integrations.Http;
using Microsoft.Extensions.Options;

namespace Caaa.Integrations.Alertmanager;

/// <summary>
/// Creates narrow, bounded silences the way Alertmanager will store them: checked locally first,
/// timed on Alertmanager's clock, never duplicated, and read back to prove they mean what was asked.
/// </summary>
internal sealed partial class SilenceClient : ISilenceClient
{
    private readonly IAlertmanagerApi _api;
    private readonly AlertmanagerOptions _options;
    private readonly AlertmanagerServerInfo _server;
    private readonly TimeProvider _timeProvider;
    private readonly UpstreamCall _call;

    public SilenceClient(
        IAlertmanagerApi api,
        IOptions<AlertmanagerOptions> options,
        AlertmanagerServerInfo server,
        IUpstreamObserver observer,
        TimeProvider timeProvider)
    {
        _api = api;
        _options = options.Value;
        _server = server;
        _timeProvider = timeProvider;
        _call = new UpstreamCall(UpstreamNames.Alertmanager, observer, timeProvider);
    }

    public async Task<SilenceResult> CreateAsync(SilenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Duration, TimeSpan.Zero);
        await CheckAllowedAsync(request.Matchers, cancellationToken);

        var (existing, serverNow) = await ListWithClockAsync(cancellationToken);
        if (FindReusable(existing, request) is { } reusable)
        {
            return new SilenceResult(reusable.Id, reusable.StartsAt, reusable.EndsAt, Reused: true);
        }

        var end = BoundedEnd(serverNow, serverNow + request.Duration, request.NotAfter);
        if (end <= serverNow)
        {
            return SilenceResult.SkippedAt(serverNow, end);
        }

        var body = new PostableSilenceWire(null, request.Matchers.Select(MatcherWire.From).ToArray(),
            serverNow, end, request.CreatedBy, request.Comment);
        var id = await PostAsync(body, cancellationToken);
        var stored = await ReadBackAsync(id, request.Matchers, cancellationToken);
        return new SilenceResult(stored.Id, stored.StartsAt, stored.EndsAt, Reused: false);
    }

    public async Task<string> ExtendAsync(string silenceId, DateTimeOffset newEnd, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(silenceId);
        var (silence, serverNow) = await GetWithClockAsync(silenceId, cancellationToken);
        if (silence is null || silence.State == "expired")
        {
            throw Refused($"silence {silenceId} is {(silence is null ? "unknown" : "expired")}; it is not revived.");
        }

        var end = BoundedEnd(serverNow, newEnd, null);
        if (end <= serverNow)
        {
            throw Refused($"the new end {end:O} of silence {silenceId} is not after Alertmanager's now {serverNow:O}.");
        }

        var body = new PostableSilenceWire(silence.Id, silence.Matchers.Select(MatcherWire.From).ToArray(),
            silence.StartsAt, end, silence.CreatedBy, silence.Comment);
        return await PostAsync(body, cancellationToken);
    }

    public Task ExpireAsync(string silenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(silenceId);
        return DeleteAsync(silenceId, cancellationToken);
    }

    public async Task<Silence?> GetAsync(string silenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(silenceId);
        var (silence, _) = await GetWithClockAsync(silenceId, cancellationToken);
        return silence;
    }

    public async Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken)
    {
        var (silences, _) = await ListWithClockAsync(cancellationToken);
        return silences;
    }

    /// <summary>CAAA's own rails on top of Alertmanager's rules: exact matchers only, and no negative
    /// matcher for a server that would silently read it as a positive one.</summary>
    private async Task CheckAllowedAsync(IReadOnlyList<Matcher> matchers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matchers);
        if (SilenceValidator.Validate(matchers) is { Count: > 0 } errors)
        {
            throw Refused(string.Join(" ", errors));
        }

        if (matchers.FirstOrDefault(m => m.IsRegex) is { } regex)
        {
            throw Refused($"matcher '{regex.Name}' is a regular expression; CAAA only silences exact label values.");
        }

        if (matchers.FirstOrDefault(m => !m.IsEqual) is not { } negative)
        {
            return;
        }

        var version = await _server.GetVersionAsync(() => ReadVersionAsync(CancellationToken.None))
            .WaitAsync(cancellationToken);
        if (!AlertmanagerVersion.SupportsNegativeMatchers(version))
        {
            throw Refused($"matcher '{negative.Name}!=' is negative, but Alertmanager {version?.ToString() ?? "(unknown)"} "
                + $"predates {AlertmanagerVersion.NegativeMatchers} and would store it as '{negative.Name}='.");
        }
    }

    private DateTimeOffset BoundedEnd(DateTimeOffset serverNow, DateTimeOffset wanted, DateTimeOffset? notAfter)
    {
        var end = Min(wanted, serverNow + _options.MaxSilenceDuration);
        return notAfter is { } hard ? Min(end, hard) : end;
    }

    private static Silence? FindReusable(IReadOnlyList<Silence> silences, SilenceRequest request) =>
        silences.FirstOrDefault(s =>
            s.State == "active"
            && string.Equals(s.CreatedBy, request.CreatedBy, StringComparison.Ordinal)
            && SameMatchers(s.Matchers, request.Matchers));

    /// <summary>Order-insensitive, field-by-field, byte-exact comparison of two matcher sets.</summary>
    private static bool SameMatchers(IReadOnlyList<Matcher> left, IReadOnlyList<Matcher> right) =>
        left.Count == right.Count && left.ToHashSet().SetEquals(right);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static UpstreamException Refused(string reason) =>
        new(UpstreamNames.Alertmanager, UpstreamFailure.Rejected, false, $"Silence refused before sending: {reason}");
}
