using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>Fully connected ReLU layers ending in one logit per class.</summary>
internal sealed class MlpNetwork : nn.Module<Tensor, Tensor>
{
    private readonly Sequential _layers;

    public MlpNetwork(int inputs, IReadOnlyList<int> hiddenSizes, int classes)
        : base(nameof(MlpNetwork))
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        var width = inputs;
        for (var i = 0; i < hiddenSizes.Count; i++)
        {
            layers.Add(($"hidden{i}", nn.Linear(width, hiddenSizes[i])));
            layers.Add(($"relu{i}", nn.ReLU()));
            width = hiddenSizes[i];
        }

        layers.Add(("logits", nn.Linear(width, classes)));
        _layers = nn.Sequential(layers);

        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => _layers.call(input);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _layers.Dispose();
        }

        base.Dispose(disposing);
    }
}
