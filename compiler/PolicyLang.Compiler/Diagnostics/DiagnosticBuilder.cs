using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// The compiler's diagnostics with typed arguments: each method fills in the templates of one
/// descriptor (<see cref="SyntaxDescriptors"/>, <see cref="BindingDescriptors"/>,
/// <see cref="ConfigurationDescriptors"/>), in the right form for each language. This part:
/// PL1xxx syntax and what all parts share. Every code is documented in docs/diagnostics.md (a test
/// enforces it).
/// </summary>
public static partial class DiagnosticBuilder
{
    // ---- PL1xxx: syntax -------------------------------------------------------------------

    public static Diagnostic UnterminatedString(Location at) => SyntaxDescriptors.UnterminatedString.Create(at);

    public static Diagnostic InvalidNumber(Location at, string text) => SyntaxDescriptors.InvalidNumber.Create(at, text);

    public static Diagnostic UnexpectedCharacter(Location at, string text) => SyntaxDescriptors.UnexpectedCharacter.Create(at, text);

    public static Diagnostic UnexpectedToken(Location at, string text) => SyntaxDescriptors.UnexpectedToken.Create(at, text);

    public static Diagnostic UnknownElementKind(Location at, string text, string? suggestion) =>
        SyntaxDescriptors.UnknownElementKind.Create(at, text, DidYouMean(suggestion));

    public static Diagnostic ExpectedToken(Location at, string expected, string found) => SyntaxDescriptors.ExpectedToken.Create(at, expected, found);

    public static Diagnostic UnclosedBlock(Location at, string element) => SyntaxDescriptors.UnclosedBlock.Create(at, element);

    public static Diagnostic MissingValue(Location at, string field) => SyntaxDescriptors.MissingValue.Create(at, field);

    public static Diagnostic EmptySection(Location at) => SyntaxDescriptors.EmptySection.Create(at);

    public static Diagnostic ElementNotAllowedHere(Location at, string kind, string whereNl, string whereEn) => SyntaxDescriptors.ElementNotAllowedHere.Create(at,
        $"Een '{kind}' kan hier niet staan; een '{kind}' hoort {whereNl}.",
        $"{Capitalize(A($"'{kind}'"))} cannot stand here; it belongs {whereEn}.");

    public static Diagnostic FieldOutsideElement(Location at, string field) => SyntaxDescriptors.FieldOutsideElement.Create(at, field);

    public static Diagnostic NestingTooDeep(Location at, int maximum) => SyntaxDescriptors.NestingTooDeep.Create(at, maximum);

    public static Diagnostic TooManySyntaxErrors(Location at, int maximum) => SyntaxDescriptors.TooManySyntaxErrors.Create(at, maximum);

    // ---- shared by all parts ---------------------------------------------------------------

    /// <summary>The "did you mean" sentence that ends a message, or nothing.</summary>
    internal static Phrase DidYouMean(string? suggestion) =>
        suggestion is null ? "" : new Phrase($" Bedoelde je '{suggestion}'?", $" Did you mean '{suggestion}'?");

    /// <summary>A Dutch element kind and, for English, the same with an article and a capital ("Een doel" / "A doel").</summary>
    private static Phrase KindAtSentenceStart(string kind) => new(kind, Capitalize(A(kind)));

    /// <summary>English indefinite article: "an ambitie", "a doel".</summary>
    private static string A(string noun) => (noun.TrimStart('\'').Length > 0 && "aeiouAEIOU".Contains(noun.TrimStart('\'')[0]) ? "an " : "a ") + noun;

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A location for a span of a source.</summary>
    public static Location At(SourceText source, TextSpan span) => new(source, span);
}
