namespace PolicyLang.Binding.Vocabulary;

/// <summary>
/// The one vocabulary of value words: every unit, comparator, polarity, direction, scale word,
/// yes/no, missing-value word, governing body and choice, with its meaning. The binder, the
/// analysis, the emitter, the measurement reader, the language server, the TextMate grammar and
/// docs/language.md take their words from here (tests hold the grammar and the docs to it).
/// One file per category; each category is one <see cref="WordTable{TMeaning}"/>.
/// </summary>
public static partial class ValueWords
{
    /// <summary>Every table, in the order docs/language.md lists them. A property, so the partial files' initialisation order does not matter.</summary>
    public static IReadOnlyList<IWordTable> All =>
    [
        Units, Comparators, RelativeTargetWords, Scales, YesNo, MissingValues, Polarities, Directions, Frequencies,
        IndicatorCategories, KaderStatuses, LineKinds, PrincipleKinds, PrincipleLeads, DecisionKinds, Bodies,
        GoalCategoryWords, GoalDirectionWords, GoalCaveatWords, Placeholders,
        NumberedKinds, CountedKinds, FormulaWords,
    ];
}
