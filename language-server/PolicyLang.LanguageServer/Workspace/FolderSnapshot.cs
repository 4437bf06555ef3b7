using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// One folder at one moment: its .beleid files (open documents over disk files), its
/// policylang.json, and the analysis of all of them. Immutable; the analysis
/// (<see cref="IncrementalResult"/>, made incrementally by the folder's <see cref="FolderAnalysis"/>)
/// is computed once, lazily, by whichever thread asks first (normally the background analysis,
/// else a request that came before it) and shared: the diagnostics and every request's answer come
/// from the same trees and model. One front end: no handler parses or binds a file itself.
/// </summary>
public sealed class FolderSnapshot
{
    private readonly FolderAnalysis _source;
    private readonly Lock _gate = new();
    private IncrementalResult? _analysis;

    public FolderSnapshot(string folder, ImmutableArray<SourceFile> files, SourceFile? optionsFile, AnalysisOptions options, FolderAnalysis? source = null)
    {
        Folder = folder;
        Files = files;
        OptionsFile = optionsFile;
        Options = options;
        _source = source ?? new FolderAnalysis();
    }

    private static long s_nextId;

    /// <summary>Unique per snapshot: lets a holder of findings know which snapshot they came from without keeping it alive.</summary>
    public long Id { get; } = Interlocked.Increment(ref s_nextId);

    public string Folder { get; }
    public ImmutableArray<SourceFile> Files { get; }
    public SourceFile? OptionsFile { get; }
    public AnalysisOptions Options { get; }

    /// <summary>The analysis of exactly these files and options: chunk trees, model, diagnostics.</summary>
    public IncrementalResult Analysis
    {
        get
        {
            lock (_gate) return _analysis ??= _source.Analyse(Files.Select(f => f.Text), Options);
        }
    }

    /// <summary>The semantic model of the analysis (its trees are the files' chunks).</summary>
    public SemanticModel Model => Analysis.Compilation.Model;

    /// <summary>Every diagnostic of the folder (the analysis included), as <see cref="PolicyLang.Compilation.Diagnostics"/> of the whole files gives them.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Analysis.Diagnostics;

    /// <summary>
    /// What parsing and binding find, without the analysis rules: available as soon as the model
    /// is, so the server can show fresh syntax and reference errors before the analysis is done.
    /// </summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics => Analysis.CompilerDiagnostics;

    /// <summary>Lets the next snapshot start from nothing after an analysis of this one failed.</summary>
    public void ResetAnalysis() => _source.Reset();

    public SourceFile? FileByPath(string path)
    {
        foreach (var file in Files)
            if (string.Equals(file.Path, path, StringComparison.Ordinal)) return file;
        return OptionsFile is not null && string.Equals(OptionsFile.Path, path, StringComparison.Ordinal) ? OptionsFile : null;
    }

    /// <summary>The URI to publish a path's diagnostics under: the editor's own URI when the file is open.</summary>
    public string UriOf(string path) => FileByPath(path)?.Uri ?? DocumentUris.FromPath(path);
}
