using System.Globalization;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// A JSON number (invariant notation, perhaps with an exponent) as the Dutch text the value reader
/// expects, or null when a decimal cannot hold it faithfully: "1E-30" would silently become 0 and
/// "1E400" cannot be read at all (issue 20).
/// </summary>
public static class JsonNumber
{
    public static string? ToDutch(string invariant)
    {
        if (!decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return null;
        // decimal keeps 28-29 significant digits and no exponent below -28: compare with the double
        // reading of the same text to see whether the value survived (beyond rounding in the last digits).
        if (double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate)
            && Math.Abs((double)d - approximate) > 1e-9 * Math.Abs(approximate))
            return null;
        return d.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
    }
}
