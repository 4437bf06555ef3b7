using System.Globalization;

namespace PolicyLang.Binding.Values;

public enum QuantityKind { Number, Money, Percentage }

/// <summary>A figure with what kind of figure it is. Money is in euros (cents as decimals).</summary>
public readonly record struct Quantity(decimal Value, QuantityKind Kind)
{
    /// <summary>
    /// The largest magnitude a written figure may have (10^20, a hundred trillion billion): far beyond
    /// any municipal figure, and small enough that sums of millions of figures and the differences
    /// the rules take stay inside decimal's range (about 7.9·10^28). The binder refuses larger
    /// figures with PL2020, so nothing after it sees one.
    /// </summary>
    public const decimal MaxMagnitude = 100_000_000_000_000_000_000m;

    public override string ToString() => Kind switch
    {
        QuantityKind.Money => "€ " + DutchNumber.Format(Value),
        QuantityKind.Percentage => DutchNumber.Format(Value) + "%",
        _ => DutchNumber.Format(Value),
    };
}

/// <summary>Reading and writing numbers the Dutch way: '.' groups thousands, ',' is the decimal separator.</summary>
public static class DutchNumber
{
    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 128)];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '.' or '_') continue;
            if (length == buffer.Length) { value = 0; return false; }
            buffer[length++] = c == ',' ? '.' : c;
        }
        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(decimal value)
    {
        var scale = value.Scale;
        return value.ToString(scale == 0 ? "#,0" : "#,0." + new string('0', scale), Dutch);
    }
}
