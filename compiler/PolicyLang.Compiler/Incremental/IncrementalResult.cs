using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Incremental;

/// <summary>
/// One update of an <see cref="IncrementalAnalysis"/>: the folder's chunked files, their
/// compilation and its diagnostics. Immutable and safe to share between threads. The compiler's
/// diagnostics (syntax, binding, configuration) and the complete set (the analysis rules' too) are
/// computed when first asked for, once, in that order, so a caller can show the first while the
/// rules still run.
/// </summary>
public sealed class IncrementalResult
{
    private readonly FileCoordinates _coordinates;
    private readonly IReadOnlyDictionary<string, ChunkedFile> _files;
    private readonly Lock _gate = new();
    private ImmutableArray<Diagnostic>? _compilerDiagnostics;
    private ImmutableArray<Diagnostic>? _findings;
    private ImmutableArray<Diagnostic>? _diagnostics;

    internal IncrementalResult(Compilation compilation, IReadOnlyDictionary<string, ChunkedFile> files, FilePositions positions)
    {
        Compilation = compilation;
        _files = files;
        Positions = positions;
        _coordinates = new FileCoordinates(positions);
    }

    /// <summary>The compilation of the chunks (chunk coordinates; <see cref="Positions"/> says where they are in their files).</summary>
    public Compilation Compilation { get; }

    /// <summary>Where each chunk of this version starts in its file.</summary>
    public FilePositions Positions { get; }

    /// <summary>A file of the folder as chunks, by path; null for a path that is not one of its .beleid files.</summary>
    public ChunkedFile? File(string path) => _files.GetValueOrDefault(path);

    /// <summary>Syntax, binding and configuration diagnostics, in file coordinates.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics
    {
        get
        {
            lock (_gate) return _compilerDiagnostics ??= _coordinates.Map(
                Compilation.SyntaxDiagnostics.Concat(Compilation.Model.Diagnostics).Concat(Compilation.Options.Diagnostics));
        }
    }

    /// <summary>What the analysis rules find (after policylang.json levels and suppressions), in file coordinates.</summary>
    public ImmutableArray<Diagnostic> Findings
    {
        get
        {
            lock (_gate) return _findings ??= _coordinates.Map(Analyzer.Run(Compilation.Model, Compilation.Options));
        }
    }

    /// <summary>
    /// Every diagnostic, in file coordinates: what <see cref="PolicyLang.Compilation.Diagnostics"/> of
    /// the whole files gives. Made of the very objects in <see cref="CompilerDiagnostics"/> and
    /// <see cref="Findings"/>, so a caller can tell the two apart by reference.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate) return _diagnostics ??= DiagnosticOrder.Sort(CompilerDiagnostics.Concat(Findings));
        }
    }
}
