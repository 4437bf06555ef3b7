namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>
    /// The kinds an announced count can name besides the numbered kinds (<c>aantal: 10 "risico’s" in §B1.2</c>,
    /// PL3028): the plural as the documents write it. A plural with an apostrophe is written as a
    /// string (the lexer has no apostrophe in words); the form without one is a synonym.
    /// </summary>
    public static readonly WordTable<ElementKind> CountedKinds = new("counted kind", "getelde soort", caseSensitive: false,
        new(ElementKind.Risico, "risico’s", "risks") { Synonyms = ["risico's", "risicos"] },
        new(ElementKind.Thema, "thema’s", "themes") { Synonyms = ["thema's", "themas"] },
        new(ElementKind.Scenario, "scenario’s", "scenarios") { Synonyms = ["scenario's", "scenarios"] },
        new(ElementKind.Indicator, "indicatoren", "indicators"),
        new(ElementKind.Besluit, "besluiten", "decisions"));
}
