using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>The result of parsing one file: its text, its root and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }
    public CompilationUnitSyntax Root { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public string Path => Text.Path;

    public static SyntaxTree Parse(string text, string path = "") => Parse(new SourceText(text, path));

    public static SyntaxTree Parse(SourceText text)
    {
        // The lexer runs interleaved with the parser but keeps its own bag, so its diagnostics
        // still come first, in the order they had when the whole file was lexed up front.
        var lexerDiagnostics = new DiagnosticBag();
        var parserDiagnostics = new DiagnosticBag();
        var root = new Parser(text, new Lexer(text, lexerDiagnostics), parserDiagnostics).ParseCompilationUnit();
        var diagnostics = lexerDiagnostics.Count == 0 ? parserDiagnostics.ToImmutable()
            : parserDiagnostics.Count == 0 ? lexerDiagnostics.ToImmutable()
            : [.. lexerDiagnostics.ToImmutable(), .. parserDiagnostics.ToImmutable()];
        return new SyntaxTree(text, root, diagnostics);
    }
}
