using System.Globalization;

namespace Caaa.Learning.Reports;

/// <summary>Figures as text for people: invariant culture, "n/a" where a figure has no denominator.</summary>
internal static class Figure
{
    public static string Ratio(double value) =>
        double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    public static string Percent(double value) =>
        double.IsFinite(value) ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string MeanStd(double mean, double std) => double.IsFinite(std)
        ? $"{Ratio(mean)} ± {Ratio(std)}"
        : Ratio(mean);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
