using Caaa.Learning.Torch;

namespace Caaa.Learning.Tests.Torch;

public sealed class MlpClassifierTests : IDisposable
{
    private static readonly MlpOptions FastOptions = new() { MaxEpochs = 150, LearningRate = 0.01 };

    private readonly string _directory = Directory.CreateTempSubdirectory("caaa-mlp-").FullName;

    [Fact]
    public void Train_SeparatedBlobs_ClassifiesTrainingRowsAccurately()
    {
        var (x, y) = GaussianBlobs.Sample(perClass: 100, seed: 1);

        using var classifier = MlpClassifier.Train(x, y, FastOptions, seed: 42);

        var correct = x.Where((row, i) => PredictedLabel(classifier, row) == y[i]).Count();
        Assert.True(correct > 0.95 * x.Length, $"{correct} of {x.Length} correct");
    }

    [Fact]
    public void PredictProbabilities_HeldOutRows_SumToOneAndFavourTheirBlob()
    {
        var (x, y) = GaussianBlobs.Sample(perClass: 100, seed: 1);
        using var classifier = MlpClassifier.Train(x, y, FastOptions, seed: 42);

        var fault = classifier.PredictProbabilities([-2f, -20f, -0.2f, -2000f]);
        var expectedLoad = classifier.PredictProbabilities([2f, 20f, 0.2f, 2000f]);

        Assert.Equal(1.0, fault.Sum(), precision: 6);
        Assert.Equal(1.0, expectedLoad.Sum(), precision: 6);
        Assert.True(fault[MlpClassifier.FaultLabel] > 0.9, $"P(fault) = {fault[0]}");
        Assert.True(expectedLoad[MlpClassifier.ExpectedLoadLabel] > 0.9, $"P(expected load) = {expectedLoad[1]}");
    }

    [Fact]
    public void Load_SavedClassifier_GivesTheSameProbabilities()
    {
        var (x, y) = GaussianBlobs.Sample(perClass: 50, seed: 2);
        using var classifier = MlpClassifier.Train(x, y, FastOptions, seed: 42);
        var path = Path.Combine(_directory, "classifier.model");
        classifier.Save(path);

        using var loaded = MlpClassifier.Load(path);

        Assert.All(x, row => Assert.Equal(classifier.PredictProbabilities(row), loaded.PredictProbabilities(row)));
        Assert.Equal(classifier.Options.HiddenSizes, loaded.Options.HiddenSizes);
    }

    [Fact]
    public void Train_SameSeedTwice_GivesTheSamePredictions()
    {
        var (x, y) = GaussianBlobs.Sample(perClass: 50, seed: 3);

        using var first = MlpClassifier.Train(x, y, FastOptions, seed: 5);
        using var second = MlpClassifier.Train(x, y, FastOptions, seed: 5);

        Assert.All(x, row => Assert.Equal(first.PredictProbabilities(row), second.PredictProbabilities(row)));
    }

    [Fact]
    public void Train_DifferentSeeds_GiveDifferentWeights()
    {
        var (x, y) = GaussianBlobs.Sample(perClass: 20, seed: 3);
        var options = FastOptions with { MaxEpochs = 2 };

        using var first = MlpClassifier.Train(x, y, options, seed: 5);
        using var second = MlpClassifier.Train(x, y, options, seed: 6);

        Assert.NotEqual(first.PredictProbabilities(x[0]), second.PredictProbabilities(x[0]));
    }

    [Fact]
    public void Train_LabelOutsideTheClasses_ThrowsNamingTheRow()
    {
        float[][] x = [[1f], [2f], [3f]];

        var error = Assert.Throws<ArgumentException>(() => MlpClassifier.Train(x, [0, 1, 2], FastOptions, 1));

        Assert.Contains("Label 2 is 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictProbabilities_WrongFeatureCount_Throws()
    {
        using var classifier = MlpClassifier.Train([[0f, 1f], [1f, 0f]], [0, 1], FastOptions with { MaxEpochs = 1 }, 1);

        var error = Assert.Throws<ArgumentException>(() => classifier.PredictProbabilities([1f]));

        Assert.Contains("expected 2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int PredictedLabel(MlpClassifier classifier, float[] row)
    {
        var probabilities = classifier.PredictProbabilities(row);
        return probabilities[MlpClassifier.ExpectedLoadLabel] > probabilities[MlpClassifier.FaultLabel]
            ? MlpClassifier.ExpectedLoadLabel
            : MlpClassifier.FaultLabel;
    }
}
