using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>
    /// The head word of an eenheid. What may follow it (a population, "per …", "van …", "N …") is
    /// the unit's grammar in ValueReader.ReadUnit. Case-insensitive. The meaning is the runtime's
    /// <see cref="MeasureUnit"/>, so the measurement reader checks values against the same kind.
    /// </summary>
    public static readonly WordTable<MeasureUnit> Units = new("unit", "eenheid", caseSensitive: false,
        new(MeasureUnit.Count, "aantal", "count"),
        new(MeasureUnit.Money, "euro", "euro") { Synonyms = ["€"] },
        new(MeasureUnit.Percentage, "percentage", "percentage"),
        new(MeasureUnit.Rate, "per", "per"),
        new(MeasureUnit.Mark, "rapportcijfer", "mark"),
        new(MeasureUnit.Index, "index", "index"),
        new(MeasureUnit.Duration, "jaren", "years"),
        new(MeasureUnit.Duration, "maanden", "months"),
        new(MeasureUnit.Duration, "weken", "weeks"),
        new(MeasureUnit.Duration, "dagen", "days"),
        new(MeasureUnit.Duration, "uren", "hours"));
}
