namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>
    /// The numbered elements a statement can cover (<c>betreft: doelen 1 t/m 18</c>, PL3024): the
    /// plural the documents write before a range of their own numbers.
    /// </summary>
    public static readonly WordTable<ElementKind> NumberedKinds = new("numbered kind", "genummerde soort", caseSensitive: false,
        new(ElementKind.Doel, "doelen", "goals") { Synonyms = ["subdoelen", "hoofddoelen"] },
        new(ElementKind.Kaderstelling, "kaders", "frames") { Synonyms = ["kaderstellingen", "kaderpunten"] },
        new(ElementKind.Uitgangspunt, "uitgangspunten", "principles") { Synonyms = ["principes"] },
        new(ElementKind.Maatregel, "maatregelen", "measures") { Synonyms = ["activiteiten"] },
        new(ElementKind.Ambitie, "ambities", "ambitions"));
}
