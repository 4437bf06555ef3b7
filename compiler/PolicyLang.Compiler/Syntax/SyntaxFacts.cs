using System.Collections.Frozen;

namespace PolicyLang.Syntax;

/// <summary>Facts about the surface syntax: keywords, which kinds nest, multi-word field names.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> Keywords = new Dictionary<string, SyntaxKind>
    {
        ["kader"] = SyntaxKind.KaderKeyword,
        ["ambitie"] = SyntaxKind.AmbitieKeyword,
        ["doel"] = SyntaxKind.DoelKeyword,
        ["indicator"] = SyntaxKind.IndicatorKeyword,
        ["begroting"] = SyntaxKind.BegrotingKeyword,
        ["post"] = SyntaxKind.PostKeyword,
        ["tabel"] = SyntaxKind.TabelKeyword,
        ["rij"] = SyntaxKind.RijKeyword,
        ["scenario"] = SyntaxKind.ScenarioKeyword,
        ["spanning"] = SyntaxKind.SpanningKeyword,
        ["uitgangspunt"] = SyntaxKind.UitgangspuntKeyword,
        ["kaderstelling"] = SyntaxKind.KaderstellingKeyword,
        ["thema"] = SyntaxKind.ThemaKeyword,
        ["maatregel"] = SyntaxKind.MaatregelKeyword,
        ["risico"] = SyntaxKind.RisicoKeyword,
        ["besluit"] = SyntaxKind.BesluitKeyword,
        ["wet"] = SyntaxKind.WetKeyword,
        ["document"] = SyntaxKind.DocumentKeyword,
        ["feit"] = SyntaxKind.FeitKeyword,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Declared before the public list, which is initialised from it (static fields initialise in text order).
    internal static readonly string[][] MultiWordFieldNameArray =
    [
        ["draagt", "bij", "aan"],
        ["som", "van"],
        ["verschil", "van"],
        ["cumulatief", "van"],
        ["aandeel", "van"],
        ["vergelijk", "met"],
    ];

    /// <summary>Field names of more than one word. Every other field name is a single word.</summary>
    /// <remarks>The parser iterates <see cref="MultiWordFieldNameArray"/>: a foreach over the interface allocates an enumerator.</remarks>
    public static readonly IReadOnlyList<string[]> MultiWordFieldNames = Array.AsReadOnly(MultiWordFieldNameArray);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MultiWordStarts =
        MultiWordFieldNames.Select(w => w[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly ulong[] MultiWordStartLengths = LengthMasks(MultiWordFieldNames.Select(w => w[0]));

    /// <summary>Per first letter a-z, a bit for each length that one of the words has.</summary>
    private static ulong[] LengthMasks(IEnumerable<string> words)
    {
        var masks = new ulong[26];
        foreach (var word in words) masks[word[0] - 'a'] |= 1UL << word.Length;
        return masks;
    }

    /// <summary>Whether a lower-case ASCII word of this first letter and length is in the set the masks describe.</summary>
    private static bool MayBeIn(ulong[] masks, ReadOnlySpan<char> word) =>
        !word.IsEmpty && word.Length < 64 && char.IsAsciiLetterLower(word[0]) && (masks[word[0] - 'a'] & (1UL << word.Length)) != 0;

    /// <summary>Cheap pre-check before matching the multi-word field names word by word (runs for every word in a value).</summary>
    public static bool StartsMultiWordFieldName(ReadOnlySpan<char> word) => MayBeIn(MultiWordStartLengths, word) && MultiWordStarts.Contains(word);

    public static IEnumerable<string> KeywordTexts => Keywords.Keys;

    private static readonly FrozenDictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Per first letter a-z, a bit per length that some keyword with that letter has.</summary>
    private static readonly ulong[] KeywordLengthsByLetter = LengthMasks(Keywords.Keys);

    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text)
    {
        // Keywords are short lower-case words; ids (PascalCase), field names ("nulmeting",
        // "toelichting") and value words ("in", "maximaal") mostly fail this bit test and skip the
        // hash lookup, which otherwise runs for every word of the file.
        if (!MayBeIn(KeywordLengthsByLetter, text)) return SyntaxKind.IdentifierToken;
        return KeywordLookup.TryGetValue(text, out var kind) ? kind : SyntaxKind.IdentifierToken;
    }

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.KaderKeyword && kind <= SyntaxKind.FeitKeyword;

    /// <summary>Identifiers and keywords: tokens that can be a word of a field name or a value.</summary>
    public static bool IsWord(SyntaxKind kind) => kind == SyntaxKind.IdentifierToken || IsKeyword(kind);

    /// <summary>Which element kinds may appear inside the block of which other kind.</summary>
    public static bool CanNest(SyntaxKind child, SyntaxKind? parent) => (child, parent) switch
    {
        (_, null) => !IsNestedOnly(child),
        (SyntaxKind.PostKeyword, SyntaxKind.BegrotingKeyword or SyntaxKind.PostKeyword) => true,
        (SyntaxKind.RijKeyword, SyntaxKind.TabelKeyword) => true,
        _ => false,
    };

    /// <summary>post and rij live only inside a begroting/post or tabel.</summary>
    public static bool IsNestedOnly(SyntaxKind kind) => kind is SyntaxKind.PostKeyword or SyntaxKind.RijKeyword;

    public static string GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.EuroToken => "€",
        SyntaxKind.PercentToken => "%",
        SyntaxKind.LessToken => "<",
        SyntaxKind.LessEqualsToken => "<=",
        SyntaxKind.GreaterToken => ">",
        SyntaxKind.GreaterEqualsToken => ">=",
        SyntaxKind.EqualsToken => "=",
        SyntaxKind.MinusToken => "-",
        SyntaxKind.ThroughToken => "t/m",
        SyntaxKind.EndOfFileToken => "einde van het bestand",
        SyntaxKind.IdentifierToken => "naam",
        SyntaxKind.StringToken => "tekst",
        _ when IsKeyword(kind) => Keywords.First(k => k.Value == kind).Key,
        _ => kind.ToString(),
    };

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > '\x7f' && char.IsLetter(c));
    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > '\x7f' && char.IsLetterOrDigit(c));
}
