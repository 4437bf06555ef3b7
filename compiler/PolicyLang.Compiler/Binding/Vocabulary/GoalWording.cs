using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

/// <summary>Words that make a doel's wording unclear about what it pushes (see <see cref="ValueWords.GoalCaveatWords"/>).</summary>
public enum WordingCaveat { Knowledge, Negation }

/// <summary>
/// The words from which the tension analysis infers a doel's pressure when nothing declares it
/// (issue 15 item 8, decision 0014): a doel whose title names exactly one category and exactly one
/// direction, and no caveat, pushes that category that way ("Het beheersen en verlagen van de
/// kosten": kosten omlaag). These are not value words a field accepts; they are listed here so that
/// the list is documented with the vocabulary (docs/language.md §5.1) and has one source. Matching is
/// on whole words, case-insensitive; a form of several words matches those words in a row.
/// </summary>
public static partial class ValueWords
{
    /// <summary>Category words in a doel's title. Only the categories of the tension table and the
    /// ones that make a title name two things ("gezondheid en kwaliteit van leven") are listed.</summary>
    public static readonly WordTable<IndicatorCategory> GoalCategoryWords = new("title category word", "categoriewoord in een titel", caseSensitive: false,
        new(IndicatorCategory.Costs, "kosten", "costs") { Synonyms = ["uitgaven", "zorgkosten", "lasten"] },
        new(IndicatorCategory.Quality, "kwaliteit", "quality") { Synonyms = ["tevredenheid", "cliënttevredenheid", "klanttevredenheid"] },
        new(IndicatorCategory.Access, "toegang", "access") { Synonyms = ["toegankelijkheid", "bereikbaarheid"] },
        new(IndicatorCategory.Participation, "participatie", "participation"),
        new(IndicatorCategory.Health, "gezondheid", "health"),
        new(IndicatorCategory.Safety, "veiligheid", "safety"),
        new(IndicatorCategory.Usage, "zorggebruik", "use of care"));

    /// <summary>Direction words in a doel's title.</summary>
    public static readonly WordTable<Direction> GoalDirectionWords = new("title direction word", "richtingwoord in een titel", caseSensitive: false,
        new(Direction.Decrease, "verlagen", "lower") { Synonyms = ["verlaging", "verminderen", "vermindering", "reduceren", "reductie", "terugdringen", "terugbrengen", "beperken", "dalen", "daling", "afname", "neemt af", "nemen af", "minder", "omlaag"] },
        new(Direction.Increase, "verhogen", "raise") { Synonyms = ["verhoging", "verbeteren", "verbetering", "vergroten", "vergroting", "versterken", "stijgen", "stijging", "toename", "neemt toe", "nemen toe", "meer", "omhoog"] },
        new(Direction.Keep, "behouden", "keep") { Synonyms = ["behoud", "handhaven", "blijft gelijk", "gelijk blijven", "blijft minimaal gelijk"] });

    /// <summary>Words after which a title is about something else than the category itself ("inzicht in de tevredenheid")
    /// or denies it ("niet"): nothing is inferred from such a title.</summary>
    public static readonly WordTable<WordingCaveat> GoalCaveatWords = new("title caveat word", "voorbehoudwoord in een titel", caseSensitive: false,
        new(WordingCaveat.Knowledge, "inzicht", "insight") { Synonyms = ["monitoren", "meten", "onderzoek", "onderzoeken"] },
        new(WordingCaveat.Negation, "niet", "not") { Synonyms = ["geen"] });
}
