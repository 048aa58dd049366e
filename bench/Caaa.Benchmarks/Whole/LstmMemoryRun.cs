using System.Diagnostics;
using System.Globalization;
using Caaa.Learning.Torch;

namespace Caaa.Benchmarks.Whole;

/// <summary>
/// What loading the LSTM autoencoder (libtorch) adds to a .NET process's resident memory. The sidecar
/// does not load it today, so this measures the marginal cost in a fresh process: <c>lstm-train</c>
/// writes a model (default shape, 60 steps × 25 features), <c>lstm-load</c> loads it and scores a window.
/// </summary>
internal static class LstmMemoryRun
{
    private const int WindowLength = 60;
    private const int Features = 25;

    public static int Train(string path)
    {
        var windows = Enumerable.Range(0, 64).Select(Window).ToArray();
        var clock = Stopwatch.StartNew();
        using var model = LstmAutoencoder.Train(windows, new LstmOptions { MaxEpochs = 3 }, seed: 5, progress: null);
        model.Save(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lstm trained 3 epochs on 64 windows in {clock.Elapsed.TotalSeconds:F1}s; wrote {path}"));
        return 0;
    }

    public static int Load(string path)
    {
        Console.WriteLine(MachineInfo.Describe());
        GC.Collect();
        var before = ProcessMemory.OfThisProcess();
        var clock = Stopwatch.StartNew();
        using var model = LstmAutoencoder.Load(path);
        var loaded = clock.Elapsed;
        var error = model.ReconstructionError(Window(1000));
        var scored = clock.Elapsed;
        GC.Collect();
        var after = ProcessMemory.OfThisProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lstm before: {ProcessMemory.Describe(before)}; after load+score: {ProcessMemory.Describe(after)}; " +
            $"delta-rss={after.RssMiB - before.RssMiB:F0}MiB load={loaded.TotalMilliseconds:F0}ms " +
            $"first-score={(scored - loaded).TotalMilliseconds:F0}ms error={error:G3} {MachineInfo.LoadAverage()}"));
        return 0;
    }

    private static float[,] Window(int seed)
    {
        var random = new Random(seed);
        var window = new float[WindowLength, Features];
        for (var t = 0; t < WindowLength; t++)
        {
            for (var f = 0; f < Features; f++)
            {
                window[t, f] = (float)(Math.Sin((t + f) / 7.0) + (0.1 * random.NextDouble()));
            }
        }

        return window;
    }
}
