using Caaa.Core.Attribution;
using Caaa.Core.Features;

namespace Caaa.Learning.Evaluation;

/// <summary>Trains one kind of classifier; the same inputs and seed give the same classifier.</summary>
internal delegate IProbabilisticClassifier ClassifierTrainer(
    IReadOnlyList<FeatureVector> features,
    IReadOnlyList<AttributionClass> labels,
    int seed);
