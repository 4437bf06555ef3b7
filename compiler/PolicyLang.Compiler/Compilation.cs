using System.Collections.Immutable;
using PolicyLang.Analysis;
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

    private readonly BindingCache? _bindingCache;

    private Compilation(ImmutableArray<SyntaxTree> trees, AnalysisOptions options, BindingCache? bindingCache = null)
    {
        Trees = trees;
        Options = options;
        _bindingCache = bindingCache;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The folder's policylang.json as read, or the defaults.</summary>
    public AnalysisOptions Options { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees, AnalysisOptions? options = null) =>
        new([.. trees.OrderBy(t => t.Path, StringComparer.Ordinal)], options ?? AnalysisOptions.Default);

    /// <summary>
    /// A compilation whose trees are bound through <paramref name="cache"/>: trees it has seen before
    /// are not bound again (see <see cref="BindingCache"/> for what that sharing implies). The trees
    /// keep the given order, which must be by path (a file's chunks in file order).
    /// </summary>
    public static Compilation CreateIncremental(ImmutableArray<SyntaxTree> trees, AnalysisOptions options, BindingCache cache) =>
        new(trees, options, cache);

    /// <summary>Parses the given (path, text) pairs into one compilation.</summary>
    public static Compilation FromSources(IEnumerable<(string Path, string Text)> sources, AnalysisOptions? options = null) =>
        Create(sources.Select(s => SyntaxTree.Parse(s.Text, s.Path)), options);

    /// <summary>A compilation of the same trees with other options (policylang.json changed).</summary>
    public Compilation WithOptions(AnalysisOptions options) => new(Trees, options, _bindingCache);

    public SemanticModel Model => _model ??= new Binder(Trees, _bindingCache).Bind();

    /// <summary>
    /// Every diagnostic, ordered by file and position: syntax, binding, the configuration file's
    /// own, and the analysis rules' after policylang.json levels and suppression comments.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics ??= DiagnosticOrder.Sort(
        Trees.SelectMany(t => t.Diagnostics)
            .Concat(Model.Diagnostics)
            .Concat(Options.Diagnostics)
            .Concat(Analyzer.Run(Model, Options)));
}
