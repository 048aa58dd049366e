using System.IO.Compression;
using System.Text.Json.Nodes;
using Caaa.Core.Attribution;
using Caaa.Core.Features;
using Caaa.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Caaa.Core.Tests.Attribution;

public sealed class AttributionModelTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("caaa-model-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(ClassifierKind.FastForest)]
    [InlineData(ClassifierKind.FastTree)]
    [InlineData(ClassifierKind.LightGbm)]
    public void Predict_SeparableCases_FavoursTrueClass(ClassifierKind kind)
    {
        var (features, labels) = TrainingSets.Separable(80, seed: 1);
        var model = AttributionModel.Train(features, labels, kind, seed: 7);
        var random = new Random(99);

        var fault = model.Predict(TrainingSets.Vector(random, fault: true));
        var load = model.Predict(TrainingSets.Vector(random, fault: false));

        Assert.True(fault[AttributionClass.Fault] > 0.6, $"{kind}: P(fault) {fault[AttributionClass.Fault]}");
        var loadProbability = load[AttributionClass.ExpectedLoad];
        Assert.True(loadProbability > 0.6, $"{kind}: P(load) {loadProbability}");
        Assert.Equal(1, fault[AttributionClass.Fault] + fault[AttributionClass.ExpectedLoad], 6);
    }

    [Theory]
    [InlineData(ClassifierKind.FastForest)]
    [InlineData(ClassifierKind.FastTree)]
    [InlineData(ClassifierKind.LightGbm)]
    public void SaveLoad_RoundTrip_PredictsIdentically(ClassifierKind kind)
    {
        var (features, labels) = TrainingSets.Separable(60, seed: 2);
        var model = AttributionModel.Train(features, labels, kind, seed: 7);
        var path = Path.Combine(_directory, $"{kind}.zip");

        model.Save(path);
        var loaded = AttributionModel.Load(path);

        Assert.Equal(model.Info, loaded.Info);
        foreach (var vector in TrainingSets.Separable(20, seed: 3).Features)
        {
            Assert.Equal(model.Predict(vector)[AttributionClass.Fault], loaded.Predict(vector)[AttributionClass.Fault]);
        }
    }

    [Theory]
    [InlineData(ClassifierKind.FastForest)]
    [InlineData(ClassifierKind.FastTree)]
    [InlineData(ClassifierKind.LightGbm)]
    public void Train_SameSeed_SameModel(ClassifierKind kind)
    {
        var (features, labels) = TrainingSets.Separable(60, seed: 4);
        var probes = TrainingSets.Separable(30, seed: 5).Features;

        var first = AttributionModel.Train(features, labels, kind, seed: 11);
        var second = AttributionModel.Train(features, labels, kind, seed: 11);

        Assert.Equal(first.Info.Version, second.Info.Version);
        Assert.Equal(
            probes.Select(p => first.Predict(p)[AttributionClass.Fault]),
            probes.Select(p => second.Predict(p)[AttributionClass.Fault]));
    }

    [Fact]
    public void Info_AfterTraining_DescribesModel()
    {
        var (features, labels) = TrainingSets.Separable(30, seed: 5);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

        var info = AttributionModel.Train(features, labels, ClassifierKind.FastTree, seed: 1, clock).Info;

        Assert.Equal(ClassifierKind.FastTree, info.Kind);
        Assert.Equal(clock.GetUtcNow(), info.TrainedAt);
        Assert.Equal(15, info.FaultCases);
        Assert.Equal(15, info.ExpectedLoadCases);
        Assert.Matches("^fasttree-[0-9a-f]{8}$", info.Version);
    }

    [Fact]
    public void Load_MismatchedFeatureNames_RefusesNamingFile()
    {
        var path = Path.Combine(_directory, "old.zip");
        Train().Save(path);
        RewriteFeatureNames(path, ["global_load_ratio", "retired_feature"]);

        var error = Assert.Throws<InvalidDataException>(() => AttributionModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("retired_feature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAZip_RefusesNamingFile()
    {
        var path = Path.Combine(_directory, "model.zip");
        File.WriteAllText(path, "not a model");

        var error = Assert.Throws<InvalidDataException>(() => AttributionModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_UnknownLabel_Refuses()
    {
        var (features, labels) = TrainingSets.Separable(10, seed: 6);
        labels[3] = AttributionClass.Unknown;

        Assert.Throws<ArgumentException>(() => AttributionModel.Train(features, labels, ClassifierKind.FastTree, 1));
    }

    [Fact]
    public void Train_OneClassOnly_Refuses()
    {
        var (features, _) = TrainingSets.Separable(10, seed: 6);
        var labels = Enumerable.Repeat(AttributionClass.Fault, 10).ToArray();

        Assert.Throws<ArgumentException>(() => AttributionModel.Train(features, labels, ClassifierKind.FastTree, 1));
    }

    [Fact]
    public void Predict_ManyThreads_SameAsOneThread()
    {
        var model = Train();
        var vectors = TrainingSets.Separable(200, seed: 8).Features;
        var expected = vectors.Select(v => model.Predict(v)[AttributionClass.Fault]).ToArray();

        var actual = new double[vectors.Length];
        Parallel.For(0, vectors.Length, i => actual[i] = model.Predict(vectors[i])[AttributionClass.Fault]);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FeatureImportance_InformativeFeatures_RankFirst()
    {
        var model = Train();
        var (features, labels) = TrainingSets.Separable(80, seed: 9);

        var importance = model.FeatureImportance(features, labels);

        Assert.Equal(FeatureNames.All.Count, importance.Count);
        Assert.Contains(importance[0].Feature, new[] { "load_ratio", "cost_per_request_change" });
        Assert.True(importance[0].Importance > 0.01, $"top importance {importance[0].Importance}");
    }

    private static AttributionModel Train()
    {
        var (features, labels) = TrainingSets.Separable(60, seed: 10);
        return AttributionModel.Train(features, labels, ClassifierKind.FastForest, seed: 3);
    }

    private static void RewriteFeatureNames(string path, string[] names)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = archive.GetEntry("caaa-model.json")!;
        JsonNode metadata;
        using (var reader = entry.Open())
        {
            metadata = JsonNode.Parse(reader)!;
        }

        metadata["feature_names"] = new JsonArray(names.Select(n => (JsonNode)n).ToArray());
        entry.Delete();
        using var writer = archive.CreateEntry("caaa-model.json").Open();
        using var json = new System.Text.Json.Utf8JsonWriter(writer);
        metadata.WriteTo(json);
    }
}
