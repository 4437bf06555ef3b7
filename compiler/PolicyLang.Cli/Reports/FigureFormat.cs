using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// Every figure a report prints, with its unit, in Dutch (1.234,5; € 1.234) or English format
/// (1,234.5; €1,234). The unit comes from the indicator's eenheid as the policy wrote it
/// ("aantal personen", "percentage van inwoners", "euro per cliënt"); comparator and unit words
/// come from the vocabulary tables, so the report says "maximaal 10%" where the kader says so.
/// </summary>
public sealed class FigureFormat(bool english, IndicatorInfo? indicator)
{
    public static FigureFormat Plain(bool english) => new(english, null);

    public MeasureUnit Unit => indicator?.Unit ?? MeasureUnit.Unknown;

    /// <summary>What follows the head word of the eenheid: "personen" of "aantal personen", "per cliënt" of "euro per cliënt".</summary>
    private string Rest
    {
        get
        {
            var text = indicator?.UnitText ?? "";
            var space = text.IndexOf(' ');
            return space < 0 ? "" : text[(space + 1)..];
        }
    }

    public string Number(decimal value) => english ? NumberText.En(value) : NumberText.Nl(value);

    /// <summary>A value with its unit: "12,5%", "€ 1.234 per cliënt", "2.297 personen", "7,1 (rapportcijfer)".</summary>
    public string Value(decimal value)
    {
        var n = Number(value);
        var rest = Rest;
        return Unit switch
        {
            MeasureUnit.Percentage => n + "%" + (rest.Length > 0 ? " " + rest : ""),
            MeasureUnit.Money => Euro(value) + (rest.Length > 0 ? " " + rest : ""),
            MeasureUnit.Count => rest.Length > 0 ? n + " " + rest : n,
            MeasureUnit.Mark => $"{n} ({UnitWord})",
            MeasureUnit.Duration => n + " " + UnitWord,
            _ => indicator is { UnitText.Length: > 0 } i ? n + " " + i.UnitText : n,
        };
    }

    /// <summary>
    /// A value whose unit the sentence already named: "85%", "€ 1.234"; other units keep their words
    /// ("200 personen"), since a bare number would lose them.
    /// </summary>
    public string Compact(decimal value) => Unit is MeasureUnit.Percentage or MeasureUnit.Money ? Short(value) : Value(value);

    /// <summary>A short value for chart ticks and table cells under a unit heading: "12,5%", "€ 1.234", "2.297".</summary>
    public string Short(decimal value) => Unit switch
    {
        MeasureUnit.Percentage => Number(value) + "%",
        MeasureUnit.Money => Euro(value),
        _ => Number(value),
    };

    /// <summary>An amount of money: "€ 1.234" (Dutch, with a space) or "€1,234" (English).</summary>
    /// <summary>An amount with its sign, for a verschil: "+€ 12.000", "-€ 5.000", "€ 0".</summary>
    public string SignedEuro(decimal value) => value > 0 ? "+" + Euro(value) : value < 0 ? "-" + Euro(-value) : Euro(0);

    public string Euro(decimal value) => english ? (value < 0 ? "-€" + NumberText.En(-value) : "€" + NumberText.En(value)) : "€ " + NumberText.Nl(value);

    /// <summary>The unit for an axis or a column heading: "% van inwoners", "€ per cliënt", "aantal personen", "rapportcijfer".</summary>
    public string AxisLabel => Unit switch
    {
        MeasureUnit.Percentage => "%" + (Rest.Length > 0 ? " " + Rest : ""),
        MeasureUnit.Money => "€" + (Rest.Length > 0 ? " " + Rest : ""),
        MeasureUnit.Count => (english ? "count" : "aantal") + (Rest.Length > 0 ? " " + Rest : ""),
        MeasureUnit.Mark or MeasureUnit.Duration => UnitWord,
        _ => indicator?.UnitText ?? "",
    };

    /// <summary>A tussendoel or streefwaarde as the policy writes it: "maximaal 10% in 2020".</summary>
    public string Target(Target target, bool compact = false)
    {
        var comparator = ValueWords.Comparators.EntryOf(target.Comparator) is { } entry ? (english ? entry.English : entry.Dutch) + " " : "";
        string V(decimal v) => compact ? Compact(v) : Value(v);
        // A bandwidth: "tussen 65% en 70%".
        var value = target.Comparator == Comparator.Between ? $"{V(target.Value)} {(english ? "and" : "en")} {V(Band.UpperOf(target))}" : V(target.Value);
        return comparator + value + (target.Year is { } y ? $" in {y}" : "");
    }

    public string Percent(decimal fraction) => NumberText.Percent(fraction, english);

    private string UnitWord
    {
        get
        {
            var head = (indicator?.UnitText ?? "").Split(' ', 2)[0];
            return english && ValueWords.Units.TryRead(head, out _) && ValueWords.Units.Entries.FirstOrDefault(e => string.Equals(e.Dutch, head, StringComparison.OrdinalIgnoreCase)) is { } entry
                ? entry.English
                : head;
        }
    }
}
