namespace PolicyLang.Binding.Vocabulary;

/// <summary>What a word of the formula sub-language means (docs/language.md §6a).</summary>
public enum FormulaWord
{
    Sum, Average, Change, Count, Min, Max,
    And, Or, Not,
    Every, From, Of,
}

public static partial class ValueWords
{
    /// <summary>
    /// The words of formulas: functions, logic, the quantifier and the percentage base. Case
    /// sensitive like the rest of a formula (ids are PascalCase, these words lower case), so an id
    /// "Som" stays a reference.
    /// </summary>
    public static readonly WordTable<FormulaWord> FormulaWords = new("formula word", "formulewoord", caseSensitive: true,
        new(FormulaWord.Sum, "som", "sum"),
        new(FormulaWord.Average, "gemiddelde", "average"),
        new(FormulaWord.Change, "verandering", "change"),
        new(FormulaWord.Count, "aantal", "count"),
        new(FormulaWord.Min, "min", "min"),
        new(FormulaWord.Max, "max", "max"),
        new(FormulaWord.And, "en", "and"),
        new(FormulaWord.Or, "of", "or"),
        new(FormulaWord.Not, "niet", "not"),
        new(FormulaWord.Every, "elk", "every") { Synonyms = ["elke", "alle"] },
        new(FormulaWord.From, "vanaf", "from"),
        new(FormulaWord.Of, "van", "of"));
}
