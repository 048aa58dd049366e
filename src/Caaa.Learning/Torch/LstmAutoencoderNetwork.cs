using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Caaa.Learning.Torch;

/// <summary>
/// Encoder LSTM → last layer's hidden state → latent code → repeated over time → decoder LSTM → features.
/// Input and output are (batch, time, feature).
/// </summary>
internal sealed class LstmAutoencoderNetwork : nn.Module<Tensor, Tensor>
{
    private readonly LSTM _encoder;
    private readonly Linear _toLatent;
    private readonly Linear _fromLatent;
    private readonly LSTM _decoder;
    private readonly Linear _output;

    public LstmAutoencoderNetwork(int features, LstmOptions options)
        : base(nameof(LstmAutoencoderNetwork))
    {
        var dropout = options.Layers > 1 ? options.Dropout : 0;
        _encoder = nn.LSTM(features, options.HiddenSize, options.Layers, batchFirst: true, dropout: dropout);
        _toLatent = nn.Linear(options.HiddenSize, options.LatentSize);
        _fromLatent = nn.Linear(options.LatentSize, options.HiddenSize);
        _decoder = nn.LSTM(
            options.HiddenSize, options.HiddenSize, options.Layers, batchFirst: true, dropout: dropout);
        _output = nn.Linear(options.HiddenSize, features);

        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var steps = input.shape[1];

        var (_, hidden, _) = _encoder.call(input, null);
        var latent = _toLatent.call(hidden[-1]);

        var repeated = _fromLatent.call(latent).unsqueeze(1).repeat(1, steps, 1);
        var (decoded, _, _) = _decoder.call(repeated, null);
        return _output.call(decoded);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _encoder.Dispose();
            _toLatent.Dispose();
            _fromLatent.Dispose();
            _decoder.Dispose();
            _output.Dispose();
        }

        base.Dispose(disposing);
    }
}
