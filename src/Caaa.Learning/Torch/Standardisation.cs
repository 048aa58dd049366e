namespace Caaa.Learning.Torch;

/// <summary>Per-feature mean and scale learned from training rows; stored with the model that uses it.</summary>
internal sealed record Standardisation(double[] Means, double[] Scales)
{
    /// <summary>Means and population standard deviations; a constant feature gets scale 1 so it maps to 0.</summary>
    public static Standardisation Fit(float[][] rows)
    {
        var features = rows[0].Length;
        var means = new double[features];
        var scales = new double[features];
        for (var f = 0; f < features; f++)
        {
            var column = rows.Select(row => (double)row[f]).ToArray();
            means[f] = column.Average();
            var deviation = Math.Sqrt(column.Average(v => (v - means[f]) * (v - means[f])));
            scales[f] = deviation > 1e-12 ? deviation : 1;
        }

        return new Standardisation(means, scales);
    }

    public float[] Apply(float[] row)
    {
        var result = new float[row.Length];
        for (var f = 0; f < row.Length; f++)
        {
            result[f] = (float)((row[f] - Means[f]) / Scales[f]);
        }

        return result;
    }
}
