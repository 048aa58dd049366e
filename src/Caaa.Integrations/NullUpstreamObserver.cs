namespace Caaa.Integrations;

/// <summary>The default observer: records nothing.</summary>
internal sealed class NullUpstreamObserver : IUpstreamObserver
{
    public static NullUpstreamObserver Instance { get; } = new();

    public void Observe(string upstream, TimeSpan duration, UpstreamFailure? failure)
    {
    }
}
