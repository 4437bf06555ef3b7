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
        var diagnostics = new DiagnosticBag();
        var tokens = new Lexer(text, diagnostics).LexAll();
        var root = new Parser(text, tokens, diagnostics).ParseCompilationUnit();
        return new SyntaxTree(text, root, diagnostics.ToImmutable());
    }
}
