using PolicyLang.Syntax;

namespace PolicyLang.Binding;

public enum ElementKind
{
    Unknown,
    Kader, Ambitie, Doel, Indicator, Begroting, Post, Tabel, Rij, Scenario, Spanning,
    Uitgangspunt, Kaderstelling, Thema, Maatregel, Risico, Besluit, Wet, Document, Feit,
}

public static class ElementKinds
{
    public static ElementKind FromKeyword(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.KaderKeyword => ElementKind.Kader,
        SyntaxKind.AmbitieKeyword => ElementKind.Ambitie,
        SyntaxKind.DoelKeyword => ElementKind.Doel,
        SyntaxKind.IndicatorKeyword => ElementKind.Indicator,
        SyntaxKind.BegrotingKeyword => ElementKind.Begroting,
        SyntaxKind.PostKeyword => ElementKind.Post,
        SyntaxKind.TabelKeyword => ElementKind.Tabel,
        SyntaxKind.RijKeyword => ElementKind.Rij,
        SyntaxKind.ScenarioKeyword => ElementKind.Scenario,
        SyntaxKind.SpanningKeyword => ElementKind.Spanning,
        SyntaxKind.UitgangspuntKeyword => ElementKind.Uitgangspunt,
        SyntaxKind.KaderstellingKeyword => ElementKind.Kaderstelling,
        SyntaxKind.ThemaKeyword => ElementKind.Thema,
        SyntaxKind.MaatregelKeyword => ElementKind.Maatregel,
        SyntaxKind.RisicoKeyword => ElementKind.Risico,
        SyntaxKind.BesluitKeyword => ElementKind.Besluit,
        SyntaxKind.WetKeyword => ElementKind.Wet,
        SyntaxKind.DocumentKeyword => ElementKind.Document,
        SyntaxKind.FeitKeyword => ElementKind.Feit,
        _ => ElementKind.Unknown,
    };

    /// <summary>The Dutch word, as written in source and used in messages.</summary>
    public static string Word(this ElementKind kind) => kind == ElementKind.Unknown ? "element" : kind.ToString().ToLowerInvariant();

    /// <summary>"een doel of ambitie" style lists for messages.</summary>
    public static string Describe(IReadOnlyList<ElementKind> kinds) => kinds.Count switch
    {
        0 => "element",
        1 => kinds[0].Word(),
        _ => string.Join(", ", kinds.Take(kinds.Count - 1).Select(Word)) + " of " + kinds[^1].Word(),
    };

    public static string DescribeEn(IReadOnlyList<ElementKind> kinds) => kinds.Count switch
    {
        0 => "element",
        1 => kinds[0].Word(),
        _ => string.Join(", ", kinds.Take(kinds.Count - 1).Select(Word)) + " or " + kinds[^1].Word(),
    };
}
