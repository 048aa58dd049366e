using TorchSharp;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>A detached copy of a module's weights, to restore the best epoch after early stopping.</summary>
internal sealed class ModuleState : IDisposable
{
    private readonly Dictionary<string, Tensor> _tensors;

    private ModuleState(Dictionary<string, Tensor> tensors)
    {
        _tensors = tensors;
    }

    public static ModuleState Capture(nn.Module module)
    {
        using var noGrad = no_grad();
        var copy = module.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone());
        return new ModuleState(copy);
    }

    public void RestoreInto(nn.Module module) => module.load_state_dict(_tensors);

    public void Dispose()
    {
        foreach (var tensor in _tensors.Values)
        {
            tensor.Dispose();
        }
    }
}
