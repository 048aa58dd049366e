namespace Caaa.Core.Features;

/// <summary>Named feature values in the fixed order of <see cref="FeatureNames"/>.</summary>
public sealed record FeatureVector(float[] Values)
{
    public float this[string name] => Values[FeatureNames.IndexOf(name)];
}
