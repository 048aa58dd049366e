using TorchSharp;

namespace Caaa.Learning.Torch;

/// <summary>Process-wide libtorch settings shared by every model in this folder.</summary>
internal static class TorchRuntime
{
    /// <summary>
    /// One intra-op thread. These models are tiny (a 64-wide LSTM), so a second thread has no work to share,
    /// and on a busy 2-core machine libtorch's OpenMP threads spin waiting for each other: training the
    /// same autoencoder for 10 epochs took 1.6 s of CPU with one thread and 43 s with two (docs/build.md).
    /// </summary>
    public const int Threads = 1;

    /// <summary>
    /// Held while a model is trained and whenever a module is built (its weights are initialised from the
    /// generator, even when a load then overwrites them): libtorch's random generator is global, so a
    /// module built during a training would draw from the training's stream and make it unrepeatable.
    /// </summary>
    public static Lock TrainingGate { get; } = new();

    /// <summary>Seeds libtorch and sets its threads; call while holding <see cref="TrainingGate"/>.</summary>
    public static void Prepare(int seed)
    {
        UseThreads();
        torch.random.manual_seed(seed);
    }

    /// <summary>
    /// Sets libtorch's thread count, which otherwise defaults to one per core. OpenMP keeps the count per
    /// calling thread, so every entry point calls this: a forward pass split over a different number of
    /// threads sums in a different order and gives a slightly different result.
    /// </summary>
    public static void UseThreads() => torch.set_num_threads(Threads);
}
