using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>
    /// How a target is met. A target without a comparator is <see cref="Comparator.AtLeastAsGood"/>,
    /// which has no word. Case-sensitive, as the comparators always were.
    /// </summary>
    public static readonly WordTable<Comparator> Comparators = new("comparator", "vergelijking", caseSensitive: true,
        new(Comparator.LessOrEqual, "maximaal", "at most") { Synonyms = ["<="] },
        new(Comparator.GreaterOrEqual, "minimaal", "at least") { Synonyms = [">="] },
        new(Comparator.Less, "<", "less than"),
        new(Comparator.Greater, ">", "greater than"),
        new(Comparator.Equal, "=", "equal to"),
        // issue 13 item 6: a bandwidth, "tussen 65% en 70%" (also written "65% t/m 70%").
        new(Comparator.Between, "tussen", "between"));
}
