namespace Caaa.Sidecar.Metrics;

internal static class AnnotationActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Failed];
}
