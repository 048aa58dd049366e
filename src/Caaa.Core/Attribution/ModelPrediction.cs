namespace Caaa.Core.Attribution;

/// <summary>ML.NET's calibrated output: the probability that the case is a FAULT.</summary>
internal sealed class ModelPrediction
{
    public float Probability { get; set; }
}
