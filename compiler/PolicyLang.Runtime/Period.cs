using System.Globalization;

namespace PolicyLang.Runtime;

/// <summary>
/// The period a measurement covers: a year ("2018"), a half year ("2018-H1"), a quarter
/// ("2018-Q3") or a month ("2018-03"). <see cref="Time"/> places it on the year axis at its start,
/// so a yearly figure for 2018 sits at 2018 and the path to a target "in 2020" is measured in years.
/// </summary>
public readonly record struct Period(int Year, int Index, int PerYear) : IComparable<Period>
{
    public static Period OfYear(int year) => new(year, 1, 1);

    /// <summary>Position on the year axis: Year + (Index - 1) / PerYear.</summary>
    public decimal Time => PerYear == 1 ? Year : Year + Fractions[PerYear][Index - 1];

    // (Index - 1) / PerYear, computed once: a decimal division per measurement would dominate a
    // monitoring run over monthly data.
    private static readonly decimal[][] Fractions = BuildFractions();

    private static decimal[][] BuildFractions()
    {
        var table = new decimal[13][];
        foreach (var perYear in new[] { 1, 2, 4, 12 })
            table[perYear] = Enumerable.Range(0, perYear).Select(i => (decimal)i / perYear).ToArray();
        return table;
    }

    public int CompareTo(Period other) => Time.CompareTo(other.Time);

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // Spans, not substrings: this runs for every row of a measurement file.
        var t = text.AsSpan().Trim();
        if (t.Length < 4 || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (year is < 1900 or > 2100) return false;
        if (t.Length == 4) { period = OfYear(year); return true; }
        if (t[4] != '-' || t.Length < 6) return false;
        var rest = t[5..];
        var kind = rest.Length == 2 ? char.ToUpperInvariant(rest[0]) : '\0';
        if (kind == 'Q' && rest[1] is >= '1' and <= '4') { period = new(year, rest[1] - '0', 4); return true; }
        if (kind == 'H' && rest[1] is '1' or '2') { period = new(year, rest[1] - '0', 2); return true; }
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new(year, month, 12);
            return true;
        }
        return false;
    }

    public override string ToString() => PerYear switch
    {
        1 => Year.ToString(CultureInfo.InvariantCulture),
        2 => $"{Year}-H{Index}",
        4 => $"{Year}-Q{Index}",
        _ => $"{Year}-{Index:00}",
    };
}
