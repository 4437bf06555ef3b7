using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace PolicyLang.Emit;

/// <summary>
/// The only doors through which policy text enters generated C#: identifiers that pass
/// Roslyn's own validity check (and contain nothing C# would normalise), string literals made by
/// <see cref="SymbolDisplay.FormatLiteral(string, bool)"/>, numbers in the invariant culture.
/// Nothing else from a .beleid file is ever pasted into code.
/// </summary>
public static class CSharpText
{
    /// <summary>
    /// A quoted, escaped C# string literal for any text. FormatLiteral escapes control characters
    /// but copies format characters raw, among them the bidirectional overrides and isolates
    /// (U+202A-U+202E, U+2066-U+2069) that make code read differently from how it compiles
    /// ("Trojan Source"): those are escaped as \uXXXX too.
    /// </summary>
    public static string String(string text)
    {
        var literal = SymbolDisplay.FormatLiteral(text, quote: true);
        if (!literal.Any(IsInvisibleFormat)) return literal;
        var escaped = new System.Text.StringBuilder(literal.Length + 16);
        foreach (var c in literal)
            escaped.Append(IsInvisibleFormat(c) ? $"\\u{(int)c:X4}" : c);
        return escaped.ToString();
    }

    private static bool IsInvisibleFormat(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableInt(int? value) => value is { } v ? Int(v) : "null";

    /// <summary>
    /// prefix + id when that is a valid C# identifier made only of letters, digits and '_'
    /// (no formatting or escape characters, which C# would strip or decode); otherwise prefix + the
    /// fallback number. The prefix keeps ids clear of C# keywords and of the base class's members.
    /// </summary>
    public static string Identifier(string prefix, string? id, int fallback)
    {
        if (id is not null && id.Length <= 200 && id.All(IsPlainIdentifierChar))
        {
            var candidate = prefix + id;
            if (SyntaxFacts.IsValidIdentifier(candidate)
                && SyntaxFacts.GetKeywordKind(candidate) == SyntaxKind.None
                && SyntaxFacts.GetContextualKeywordKind(candidate) == SyntaxKind.None)
                return candidate;
        }
        return prefix + Int(fallback);
    }

    private static bool IsPlainIdentifierChar(char c) => c == '_' || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    /// <summary>
    /// A file name for a #line directive, which has no escapes: characters it cannot hold become '_'.
    /// So do a backslash (a folder separator to a debugger, not to a Linux file name), format
    /// characters such as the bidi overrides (they would reorder the directive on screen),
    /// surrogates and unassigned code points.
    /// </summary>
    public static string LineFileName(string name)
    {
        var chars = name.Select(c => c is '"' or '\\' || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            || c == '\u0085' ? '_' : c).ToArray();
        return new string(chars);
    }

    /// <summary>Roslyn's bounds for #line: lines up to 0xFEEFED, characters up to 65,535 (beyond them CS8938).</summary>
    public const int MaxLineDirectiveLine = 0xFEEFED, MaxLineDirectiveCharacter = 65_535;

    /// <summary>
    /// The enhanced #line directive mapping the next statement to a one-based span of a .beleid file.
    /// A span whose columns Roslyn cannot hold (a line longer than 65,535 characters) is mapped to
    /// its line only; one beyond the last line Roslyn can number is not mapped (#line hidden), so a
    /// long line is never a C# error reported as a bug in PolicyLang.
    /// </summary>
    public static string LineDirective(int startLine, int startCharacter, int endLine, int endCharacter, int characterOffset, string lineFileName)
    {
        if (startLine > MaxLineDirectiveLine || endLine > MaxLineDirectiveLine) return "#line hidden";
        if (startCharacter > MaxLineDirectiveCharacter || endCharacter > MaxLineDirectiveCharacter)
            return $"#line {Int(startLine)} \"{lineFileName}\"";
        return $"#line ({Int(startLine)},{Int(startCharacter)})-({Int(endLine)},{Int(endCharacter)}) {Int(characterOffset)} \"{lineFileName}\"";
    }
}
