using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>The result of parsing one file: its text, its root and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics, bool diagnosticsOverflowed)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
        DiagnosticsOverflowed = diagnosticsOverflowed;
    }

    public SourceText Text { get; }
    public CompilationUnitSyntax Root { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Whether the lexer or the parser found more than <see cref="SyntaxErrorLimit.PerFile"/>
    /// mistakes and kept only the first (<see cref="Diagnostics"/> is then incomplete after them).
    /// </summary>
    public bool DiagnosticsOverflowed { get; }
    public string Path => Text.Path;

    public static SyntaxTree Parse(string text, string path = "") => Parse(new SourceText(text, path));

    public static SyntaxTree Parse(SourceText text)
    {
        // The lexer runs interleaved with the parser but keeps its own bag, so its diagnostics
        // still come first, in the order they had when the whole file was lexed up front.
        var lexerDiagnostics = new DiagnosticBag(limit: SyntaxErrorLimit.PerFile);
        var parserDiagnostics = new DiagnosticBag(limit: SyntaxErrorLimit.PerFile);
        var root = new Parser(text, new Lexer(text, lexerDiagnostics), parserDiagnostics).ParseCompilationUnit();
        var diagnostics = lexerDiagnostics.Count == 0 ? parserDiagnostics.ToImmutable()
            : parserDiagnostics.Count == 0 ? lexerDiagnostics.ToImmutable()
            : [.. lexerDiagnostics.ToImmutable(), .. parserDiagnostics.ToImmutable()];
        return new SyntaxTree(text, root, diagnostics, lexerDiagnostics.Overflowed || parserDiagnostics.Overflowed);
    }
}
