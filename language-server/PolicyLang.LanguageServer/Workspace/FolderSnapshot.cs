using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Diagnostics;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// One folder at one moment: its .beleid files (open documents over disk files), its
/// policylang.json, and the compilation of all of them. Immutable; the compilation is computed
/// once, lazily, on the first thread that asks (a request handler), and shared. Unchanged files
/// keep their parsed trees from the previous snapshot, so an edit re-parses only the edited file.
/// The diagnostics are normally provided by the background analysis, which computes them
/// incrementally (<see cref="PolicyLang.Incremental.IncrementalAnalysis"/>); a handler that needs
/// them before that computes them from the compilation.
/// </summary>
public sealed class FolderSnapshot
{
    private readonly Lazy<Compilation> _compilation;
    private readonly Lock _gate = new();
    private ImmutableArray<Diagnostic>? _diagnostics;
    private ImmutableArray<Diagnostic>? _compilerDiagnostics;

    public FolderSnapshot(string folder, ImmutableArray<SourceFile> files, SourceFile? optionsFile, AnalysisOptions options)
    {
        Folder = folder;
        Files = files;
        OptionsFile = optionsFile;
        Options = options;
        _compilation = new Lazy<Compilation>(() => Compilation.Create(Files.Select(f => f.Tree), Options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static long s_nextId;

    /// <summary>Unique per snapshot: lets a holder of findings know which snapshot they came from without keeping it alive.</summary>
    public long Id { get; } = Interlocked.Increment(ref s_nextId);

    public string Folder { get; }
    public ImmutableArray<SourceFile> Files { get; }
    public SourceFile? OptionsFile { get; }
    public AnalysisOptions Options { get; }

    public Compilation Compilation => _compilation.Value;

    /// <summary>Every diagnostic of the folder (the analysis included), as <see cref="PolicyLang.Compilation.Diagnostics"/> gives them.</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate) return _diagnostics ??= Compilation.Diagnostics;
        }
    }

    /// <summary>
    /// What parsing and binding find, without the analysis rules: available as soon as the model
    /// is, so the server can show fresh syntax and reference errors before the analysis is done.
    /// </summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics
    {
        get
        {
            lock (_gate)
                return _compilerDiagnostics ??= [.. Compilation.Trees.SelectMany(t => t.Diagnostics).Concat(Compilation.Model.Diagnostics).Concat(Options.Diagnostics)];
        }
    }

    public bool HasDiagnostics
    {
        get
        {
            lock (_gate) return _diagnostics is not null;
        }
    }

    /// <summary>Hands over diagnostics computed elsewhere (incrementally) for these very texts; the first answer stays.</summary>
    public void Provide(ImmutableArray<Diagnostic> compilerDiagnostics, ImmutableArray<Diagnostic>? diagnostics)
    {
        lock (_gate)
        {
            _compilerDiagnostics ??= compilerDiagnostics;
            if (diagnostics is { } all) _diagnostics ??= all;
        }
    }

    public SourceFile? FileByPath(string path)
    {
        foreach (var file in Files)
            if (string.Equals(file.Path, path, StringComparison.Ordinal)) return file;
        return OptionsFile is not null && string.Equals(OptionsFile.Path, path, StringComparison.Ordinal) ? OptionsFile : null;
    }

    /// <summary>The URI to publish a path's diagnostics under: the editor's own URI when the file is open.</summary>
    public string UriOf(string path) => FileByPath(path)?.Uri ?? DocumentUris.FromPath(path);
}
