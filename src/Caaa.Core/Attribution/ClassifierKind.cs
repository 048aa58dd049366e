namespace Caaa.Core.Attribution;

/// <summary>The ML.NET tree ensemble behind an <see cref="AttributionModel"/>; all are binary FAULT-vs-load.</summary>
public enum ClassifierKind
{
    /// <summary>Random forest, Platt-calibrated (ML.NET's forest gives no probability of its own).</summary>
    FastForest,

    /// <summary>Gradient-boosted trees (MART), probability from ML.NET's built-in calibration.</summary>
    FastTree,

    /// <summary>LightGBM gradient boosting, probability from ML.NET's built-in calibration.</summary>
    LightGbm,
}
