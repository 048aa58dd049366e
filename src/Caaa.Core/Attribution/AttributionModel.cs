using System.Collections.Concurrent;
using Caaa.Core.Features;
using Microsoft.ML;

namespace Caaa.Core.Attribution;

/// <summary>
/// A calibrated binary tree ensemble (FAULT vs EXPECTED_LOAD) plus what it was trained on. UNKNOWN is
/// never predicted here: it is the policy's outcome. <see cref="Predict"/> is thread-safe.
/// </summary>
public sealed partial class AttributionModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ModelMetadata _metadata;
    private readonly ConcurrentBag<PredictionEngine<ModelRow, ModelPrediction>> _engines = [];

    private AttributionModel(MLContext ml, ITransformer model, ModelMetadata metadata)
    {
        _ml = ml;
        _model = model;
        _metadata = metadata;
    }

    public ModelInfo Info => _metadata.ToInfo();

    /// <summary>The probability of FAULT and of EXPECTED_LOAD (they sum to 1).</summary>
    public IReadOnlyDictionary<AttributionClass, double> Predict(FeatureVector features)
    {
        CheckLength(features, 0);
        var engine = RentEngine();
        try
        {
            var prediction = engine.Predict(new ModelRow { Features = features.Values });
            var fault = Math.Clamp((double)prediction.Probability, 0, 1);
            return new Dictionary<AttributionClass, double>
            {
                [AttributionClass.Fault] = fault,
                [AttributionClass.ExpectedLoad] = 1 - fault,
            };
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    // A PredictionEngine is not thread-safe; each caller takes its own from the pool and gives it back.
    private PredictionEngine<ModelRow, ModelPrediction> RentEngine()
    {
        if (_engines.TryTake(out var engine))
        {
            return engine;
        }

        lock (_engines)
        {
            return _ml.Model.CreatePredictionEngine<ModelRow, ModelPrediction>(
                _model,
                inputSchemaDefinition: ModelSchema.Create());
        }
    }

    private static void CheckLength(FeatureVector features, int index)
    {
        if (features.Values.Length != FeatureNames.All.Count)
        {
            throw new ArgumentException(
                $"Feature vector {index} has {features.Values.Length} values; expected {FeatureNames.All.Count}.",
                nameof(features));
        }
    }
}
