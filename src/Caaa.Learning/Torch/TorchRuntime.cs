using TorchSharp;

namespace Caaa.Learning.Torch;

/// <summary>Process-wide libtorch settings shared by every model in this folder.</summary>
internal static class TorchRuntime
{
    /// <summary>The machine's CPUs are shared; libtorch would otherwise take them all.</summary>
    public const int Threads = 2;

    /// <summary>
    /// Held while a model is built and trained: libtorch's random generator is global, so two trainings
    /// at once would draw from one stream and neither would be repeatable.
    /// </summary>
    public static Lock TrainingGate { get; } = new();

    /// <summary>Seeds libtorch and limits its threads; call while holding <see cref="TrainingGate"/>.</summary>
    public static void Prepare(int seed)
    {
        torch.set_num_threads(Threads);
        torch.random.manual_seed(seed);
    }
}
