using System.Globalization;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Reads a measured value the way the language writes numbers: '.' groups thousands in groups of
/// three, ',' is the decimal separator; an optional '€' before or '%' after says what kind of
/// figure it is. "7.1" is refused (write 7,1), as in .beleid files, so no figure is misread by a
/// factor of a thousand.
/// </summary>
public static class MeasuredValue
{
    public enum Marker { None, Euro, Percent }

    /// <summary>
    /// The largest magnitude accepted. No municipal figure comes near it, and it keeps the exact
    /// decimal sums of the trend (value × year × count) far from decimal's range.
    /// </summary>
    public const decimal Limit = 1_000_000_000_000_000m;

    public static bool TryParse(string text, out decimal value, out Marker marker)
    {
        value = 0;
        marker = Marker.None;
        var t = text.AsSpan().Trim();
        if (t.StartsWith('€')) { marker = Marker.Euro; t = t[1..].TrimStart(); }
        if (t.EndsWith('%')) { if (marker != Marker.None) return false; marker = Marker.Percent; t = t[..^1].TrimEnd(); }
        if (t.Length == 0 || t.Length > MaxLength) return false;

        // The invariant form ("-1234.5") is built in a buffer on the stack: this runs for every row
        // of a measurement file, and the strings it made were most of the reader's garbage.
        Span<char> invariant = stackalloc char[MaxLength];
        var n = 0;
        var i = 0;
        if (t[0] is '-' or '+') { if (t[0] == '-') invariant[n++] = '-'; i++; }
        var intStart = i;
        while (i < t.Length && char.IsAsciiDigit(t[i])) invariant[n++] = t[i++];
        if (i == intStart) return false;
        var firstRun = i - intStart;
        var grouped = false;
        while (i < t.Length && t[i] == '.')
        {
            var groupStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) invariant[n++] = t[i++];
            if (i - groupStart != 3) return false;
            grouped = true;
        }
        if (grouped && firstRun > 3) return false;
        if (i < t.Length && t[i] == ',')
        {
            invariant[n++] = '.';
            var fracStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) invariant[n++] = t[i++];
            if (i == fracStart) return false;
        }
        if (i != t.Length) return false;
        return decimal.TryParse(invariant[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Longer than any figure decimal holds (29 digits, grouping dots, sign, comma): refused before it is copied.</summary>
    private const int MaxLength = 128;

    /// <summary>Null when the value fits the unit; otherwise why not (Dutch, English).</summary>
    public static (string Nl, string En)? CheckUnit(IndicatorInfo indicator, decimal value, Marker marker)
    {
        var unit = indicator.Unit;
        if (marker == Marker.Percent && unit is not (MeasureUnit.Percentage or MeasureUnit.Unknown))
            return ($"eenheid past niet: '{indicator.Id}' meet {UnitWord(unit, false)}, geen percentage", $"unit mismatch: '{indicator.Id}' measures {UnitWord(unit, true)}, not a percentage");
        if (marker == Marker.Euro && unit is not (MeasureUnit.Money or MeasureUnit.Unknown))
            return ($"eenheid past niet: '{indicator.Id}' meet {UnitWord(unit, false)}, geen bedrag", $"unit mismatch: '{indicator.Id}' measures {UnitWord(unit, true)}, not an amount");
        if (unit == MeasureUnit.Count && value != decimal.Truncate(value))
            return ($"eenheid past niet: '{indicator.Id}' is een aantal, {value.ToString(CultureInfo.InvariantCulture).Replace('.', ',')} is geen heel getal", $"unit mismatch: '{indicator.Id}' is a count, {value.ToString(CultureInfo.InvariantCulture)} is not a whole number");
        if (unit == MeasureUnit.Mark && value is < 1 or > 10)
            return ($"eenheid past niet: '{indicator.Id}' is een rapportcijfer (1 tot en met 10)", $"unit mismatch: '{indicator.Id}' is a mark (1 to 10)");
        if (unit == MeasureUnit.Money && value != Math.Round(value, 2))
            return ($"eenheid past niet: een bedrag heeft hoogstens twee decimalen", "unit mismatch: an amount has at most two decimals");
        return null;
    }

    /// <summary>
    /// Whether an optional 'eenheid' cell names the indicator's unit: in the words of the language
    /// (the vocabulary's unit table, with its synonyms and case-insensitive, so every eenheid a
    /// .beleid file may write is accepted here), judged by its head word ("percentage van inwoners"
    /// is a percentage), or by the marker a value takes (€, %).
    /// </summary>
    public static bool UnitColumnMatches(MeasureUnit unit, string word)
    {
        if (unit == MeasureUnit.Unknown) return true;
        var text = word.Trim();
        if (text == "%") return unit == MeasureUnit.Percentage;
        var head = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return ValueWords.Units.TryRead(head, out var named) && named == unit;
    }

    public static string UnitWord(MeasureUnit unit, bool english) => (unit, english) switch
    {
        (MeasureUnit.Count, false) => "een aantal",
        (MeasureUnit.Money, false) => "bedragen",
        (MeasureUnit.Percentage, false) => "een percentage",
        (MeasureUnit.Rate, false) => "een ratio per N",
        (MeasureUnit.Mark, false) => "een rapportcijfer",
        (MeasureUnit.Index, false) => "een indexcijfer",
        (MeasureUnit.Duration, false) => "een duur",
        (MeasureUnit.Count, true) => "a count",
        (MeasureUnit.Money, true) => "amounts",
        (MeasureUnit.Percentage, true) => "a percentage",
        (MeasureUnit.Rate, true) => "a rate per N",
        (MeasureUnit.Mark, true) => "a mark",
        (MeasureUnit.Index, true) => "an index",
        (MeasureUnit.Duration, true) => "a duration",
        (_, false) => "een onbekende eenheid",
        _ => "an unknown unit",
    };
}
