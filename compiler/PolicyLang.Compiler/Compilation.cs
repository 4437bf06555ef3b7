using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang;

/// <summary>
/// The entry point of the front end: the syntax trees of one folder in, a semantic model and all
/// diagnostics out. Pure: no file or console I/O, so the CLI, the language server and the tests
/// share it.
/// </summary>
public sealed class Compilation
{
    private SemanticModel? _model;
    private SyntaxErrorLimit? _syntax;
    private ImmutableArray<Diagnostic>? _diagnostics;
    // Model and diagnostics are computed once even when several threads ask at once (the language
    // server's handlers and its analysis share one compilation): two models would be two answers.
    private readonly Lock _gate = new();

    private readonly BindingCache? _bindingCache;

    private Compilation(ImmutableArray<SyntaxTree> trees, AnalysisOptions options, BindingCache? bindingCache = null, FilePositions? positions = null)
    {
        Trees = trees;
        Options = options;
        _bindingCache = bindingCache;
        Positions = positions ?? FilePositions.WholeFiles;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The folder's policylang.json as read, or the defaults.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Where each tree's text lies in its file (every tree is a whole file, except in incremental analysis).</summary>
    public FilePositions Positions { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees, AnalysisOptions? options = null) =>
        new([.. trees.OrderBy(t => t.Path, StringComparer.Ordinal)], options ?? AnalysisOptions.Default);

    /// <summary>
    /// A compilation whose trees are bound through <paramref name="cache"/>: trees it has seen before
    /// are not bound again (<see cref="BindingCache"/>). The trees keep the given order, which must be
    /// by path (a file's chunks in file order); <paramref name="positions"/> says where each chunk
    /// starts in its file.
    /// </summary>
    public static Compilation CreateIncremental(ImmutableArray<SyntaxTree> trees, AnalysisOptions options, BindingCache cache, FilePositions positions) =>
        new(trees, options, cache, positions);

    /// <summary>Parses the given (path, text) pairs into one compilation.</summary>
    public static Compilation FromSources(IEnumerable<(string Path, string Text)> sources, AnalysisOptions? options = null) =>
        Create(sources.Select(s => SyntaxTree.Parse(s.Text, s.Path)), options);

    /// <summary>A compilation of the same trees with other options (policylang.json changed).</summary>
    public Compilation WithOptions(AnalysisOptions options) => new(Trees, options, _bindingCache, Positions);

    public SemanticModel Model
    {
        get
        {
            lock (_gate) return _model ??= new Binder(BoundTrees(), _bindingCache, Positions).Bind();
        }
    }

    /// <summary>The trees' syntax diagnostics, limited per file (<see cref="SyntaxErrorLimit"/>).</summary>
    public ImmutableArray<Diagnostic> SyntaxDiagnostics => Syntax.Diagnostics;

    private SyntaxErrorLimit Syntax
    {
        get
        {
            lock (_gate) return _syntax ??= SyntaxErrorLimit.Apply(Trees, Positions);
        }
    }

    /// <summary>Every tree but those of a file with too many syntax errors to be read as a kader.</summary>
    private ImmutableArray<SyntaxTree> BoundTrees()
    {
        var syntax = _syntax ??= SyntaxErrorLimit.Apply(Trees, Positions);
        return Trees.Any(syntax.IsTooBroken) ? [.. Trees.Where(t => !syntax.IsTooBroken(t))] : Trees;
    }

    /// <summary>
    /// Every diagnostic, ordered by file and position: syntax, binding, the configuration file's
    /// own, and the analysis rules' after policylang.json levels and suppression comments.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate) return _diagnostics ??= DiagnosticOrder.Sort(
                SyntaxDiagnostics
                    .Concat(Model.Diagnostics)
                    .Concat(Options.Diagnostics)
                    .Concat(Analyzer.Run(Model, Options)));
        }
    }
}
