using System.Globalization;

namespace Caaa.Integrations.Prometheus;

/// <summary>
/// Parses a sample value string. Prometheus spells infinities <c>+Inf</c>/<c>-Inf</c>, which
/// <see cref="double.Parse(string, IFormatProvider)"/> rejects, so they are mapped explicitly.
/// </summary>
internal static class SampleValue
{
    private const NumberStyles Number =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(string? text, out double value)
    {
        switch (text)
        {
            case null:
                value = 0;
                return false;
            case var _ when text.Equals("NaN", StringComparison.OrdinalIgnoreCase):
                value = double.NaN;
                return true;
            case var _ when text.Equals("+Inf", StringComparison.OrdinalIgnoreCase)
                         || text.Equals("Inf", StringComparison.OrdinalIgnoreCase):
                value = double.PositiveInfinity;
                return true;
            case var _ when text.Equals("-Inf", StringComparison.OrdinalIgnoreCase):
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, Number, CultureInfo.InvariantCulture, out value);
        }
    }
}
