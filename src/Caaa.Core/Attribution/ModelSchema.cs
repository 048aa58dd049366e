using Caaa.Core.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Caaa.Core.Attribution;

/// <summary>The row schema: the feature vector sized and its slots named after <see cref="FeatureNames"/>.</summary>
internal static class ModelSchema
{
    // ML.NET keeps AnnotationUtils.Kinds internal; this is its public spelling of the slot-name annotation.
    private const string SlotNamesKind = "SlotNames";

    public static SchemaDefinition Create()
    {
        var count = FeatureNames.All.Count;
        var schema = SchemaDefinition.Create(typeof(ModelRow));
        var column = schema[nameof(ModelRow.Features)];
        column.ColumnType = new VectorDataViewType(NumberDataViewType.Single, count);

        var names = FeatureNames.All.Select(n => n.AsMemory()).ToArray();
        column.AddAnnotation(
            SlotNamesKind,
            new VBuffer<ReadOnlyMemory<char>>(count, names),
            new VectorDataViewType(TextDataViewType.Instance, count));
        return schema;
    }

    public static IDataView Load(
        MLContext ml,
        IReadOnlyList<FeatureVector> features,
        IReadOnlyList<AttributionClass> labels)
    {
        var rows = features.Select((f, i) => new ModelRow
        {
            Features = f.Values,
            Label = labels[i] == AttributionClass.Fault,
        });
        return ml.Data.LoadFromEnumerable(rows.ToArray(), Create());
    }
}
