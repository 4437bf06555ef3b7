using System.Collections.Frozen;
using PolicyLang.Binding;

namespace PolicyLang.Syntax;

/// <summary>
/// Facts about the surface syntax: keywords, which kinds nest, multi-word field names. The keywords,
/// the nesting and the field names are read from <see cref="ElementSchemas"/>; nothing here lists kinds.
/// </summary>
public static class SyntaxFacts
{
    /// <summary>Every element keyword with its kind, from the table.</summary>
    private static readonly FrozenDictionary<string, ElementKind> Keywords =
        ElementSchemas.All.Values.ToFrozenDictionary(schema => schema.Keyword, schema => schema.Kind, StringComparer.Ordinal);

    // Declared before the public list, which is initialised from it (static fields initialise in text order).
    // No multi-word name is the start of another, so the order in which the parser tries them does not matter.
    internal static readonly string[][] MultiWordFieldNameArray =
        [.. ElementSchemas.All.Values.SelectMany(s => s.Fields.Keys).Distinct().Where(n => n.Contains(' ')).Select(n => n.Split(' '))];

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

    private static readonly FrozenDictionary<string, ElementKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Per first letter a-z, a bit per length that some keyword with that letter has.</summary>
    private static readonly ulong[] KeywordLengthsByLetter = LengthMasks(Keywords.Keys);

    /// <summary>The element kind whose keyword this word is, or <see cref="ElementKind.Unknown"/>.</summary>
    public static ElementKind GetElementKind(ReadOnlySpan<char> text)
    {
        // Keywords are short lower-case words; ids (PascalCase), field names ("nulmeting",
        // "toelichting") and value words ("in", "maximaal") mostly fail this bit test and skip the
        // hash lookup, which otherwise runs for every word of the file.
        if (!MayBeIn(KeywordLengthsByLetter, text)) return ElementKind.Unknown;
        return KeywordLookup.TryGetValue(text, out var kind) ? kind : ElementKind.Unknown;
    }

    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text) =>
        GetElementKind(text) == ElementKind.Unknown ? SyntaxKind.IdentifierToken : SyntaxKind.ElementKeyword;

    public static bool IsKeyword(SyntaxKind kind) => kind == SyntaxKind.ElementKeyword;

    /// <summary>Identifiers and keywords: tokens that can be a word of a field name or a value.</summary>
    public static bool IsWord(SyntaxKind kind) => kind == SyntaxKind.IdentifierToken || IsKeyword(kind);

    /// <summary>The bit of <see cref="PlacesByKind"/> that stands for the top level of a file.</summary>
    private const int TopLevelBit = 63;

    /// <summary>Per element kind, a bit for each kind in whose block it may stand, or the top-level bit (from the table's NestsIn).</summary>
    private static readonly ulong[] PlacesByKind = PlaceMasks();

    private static ulong[] PlaceMasks()
    {
        var masks = new ulong[Enum.GetValues<ElementKind>().Max(k => (int)k) + 1];
        foreach (var schema in ElementSchemas.All.Values)
        {
            masks[(int)schema.Kind] = schema.NestsIn.Count == 0
                ? 1UL << TopLevelBit
                : schema.NestsIn.Aggregate(0UL, (mask, parent) => mask | 1UL << (int)parent);
        }
        return masks;
    }

    /// <summary>
    /// Whether an element of kind child may stand in the block of parent, or at the top level of a
    /// file when parent is null. Nothing nests in an element of unknown kind.
    /// </summary>
    public static bool CanNest(ElementKind child, ElementKind? parent) =>
        (uint)child < (uint)PlacesByKind.Length
        && (PlacesByKind[(int)child] & (parent is { } p ? 1UL << (int)p : 1UL << TopLevelBit)) != 0;

    /// <summary>Kinds that live only inside the block of another kind (post, rij).</summary>
    public static bool IsNestedOnly(ElementKind kind)
    {
        var places = (uint)kind < (uint)PlacesByKind.Length ? PlacesByKind[(int)kind] : 0;
        return places != 0 && (places & 1UL << TopLevelBit) == 0;
    }

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
        SyntaxKind.StarToken => "*",
        SyntaxKind.ThroughToken => "t/m",
        SyntaxKind.PlusToken => "+",
        SyntaxKind.SlashToken => "/",
        SyntaxKind.OpenParenToken => "(",
        SyntaxKind.CloseParenToken => ")",
        SyntaxKind.OpenBracketToken => "[",
        SyntaxKind.CloseBracketToken => "]",
        SyntaxKind.DotToken => ".",
        SyntaxKind.EndOfFileToken => "einde van het bestand",
        SyntaxKind.IdentifierToken => "naam",
        SyntaxKind.StringToken => "tekst",
        _ => kind.ToString(),
    };

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > '\x7f' && char.IsLetter(c));
    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > '\x7f' && char.IsLetterOrDigit(c));
}
