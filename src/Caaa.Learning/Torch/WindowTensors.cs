using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>Checks (time × feature) windows and stacks them into a (window, time, feature) tensor.</summary>
internal static class WindowTensors
{
    /// <summary>The shape all windows share; throws naming the first one that is empty, ragged or not finite.</summary>
    public static (int Length, int Features) ShapeOf(IReadOnlyList<float[,]> windows)
    {
        if (windows.Count == 0)
        {
            throw new ArgumentException("At least one window is needed.", nameof(windows));
        }

        var length = windows[0].GetLength(0);
        var features = windows[0].GetLength(1);
        for (var i = 0; i < windows.Count; i++)
        {
            CheckWindow(windows[i], length, features, $"Window {i}");
        }

        return (length, features);
    }

    /// <summary>Throws unless the window is (length × features), at least 2 × 1, and finite.</summary>
    public static void CheckWindow(float[,] window, int length, int features, string name)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.GetLength(0) != length || window.GetLength(1) != features || length < 2 || features < 1)
        {
            throw new ArgumentException(
                $"{name} is {window.GetLength(0)} × {window.GetLength(1)}; expected {length} × {features} "
                + "(time × feature, at least 2 × 1).");
        }

        for (var t = 0; t < length; t++)
        {
            for (var f = 0; f < features; f++)
            {
                if (!float.IsFinite(window[t, f]))
                {
                    throw new ArgumentException($"{name} has a non-finite value at time {t}, feature {f}.");
                }
            }
        }
    }

    public static Tensor Stack(IReadOnlyList<float[,]> windows, IReadOnlyList<int> indices)
    {
        var length = windows[0].GetLength(0);
        var features = windows[0].GetLength(1);
        var flat = new float[indices.Count * length * features];
        var offset = 0;
        foreach (var index in indices)
        {
            foreach (var value in windows[index])
            {
                flat[offset++] = value;
            }
        }

        return tensor(flat, [indices.Count, length, features]);
    }
}
