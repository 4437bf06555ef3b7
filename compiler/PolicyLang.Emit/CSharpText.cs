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
    /// <summary>A quoted, escaped C# string literal for any text.</summary>
    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

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

    /// <summary>A file name for a #line directive, which has no escapes: characters it cannot hold become '_'.</summary>
    public static string LineFileName(string name)
    {
        var chars = name.Select(c => c is '"' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\\' || char.IsControl(c) ? '_' : c).ToArray();
        return new string(chars);
    }
}
