using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang;

/// <summary>
/// The entry point of the front end: the syntax trees of one folder in, a semantic model and all
/// diagnostics out. Pure: no file or console I/O, so the CLI, the language server and the tests
/// share it.
/// </summary>
public sealed class Compilation
{
    private SemanticModel? _model;
    private ImmutableArray<Diagnostic>? _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> trees) => Trees = trees;

    public ImmutableArray<SyntaxTree> Trees { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees) =>
        new([.. trees.OrderBy(t => t.Path, StringComparer.Ordinal)]);

    /// <summary>Parses the given (path, text) pairs into one compilation.</summary>
    public static Compilation FromSources(IEnumerable<(string Path, string Text)> sources) =>
        Create(sources.Select(s => SyntaxTree.Parse(s.Text, s.Path)));

    public SemanticModel Model => _model ??= new Binder(Trees).Bind();

    /// <summary>Syntax and binding diagnostics, ordered by file and position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics ??= [..
        Trees.SelectMany(t => t.Diagnostics)
            .Concat(Model.Diagnostics)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
