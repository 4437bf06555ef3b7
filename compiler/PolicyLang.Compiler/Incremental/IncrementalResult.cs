using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Diagnostics;

namespace PolicyLang.Incremental;

/// <summary>
/// One update of an <see cref="IncrementalAnalysis"/>. The compiler's diagnostics (syntax, binding,
/// configuration) and the complete set (the analysis rules' too) are computed when first asked
/// for, in that order, so a caller can show the first while the rules still run.
/// </summary>
public sealed class IncrementalResult
{
    private readonly FileCoordinates _coordinates;
    private ImmutableArray<Diagnostic>? _compilerDiagnostics;
    private ImmutableArray<Diagnostic>? _findings;
    private ImmutableArray<Diagnostic>? _diagnostics;

    internal IncrementalResult(Compilation compilation, FileCoordinates coordinates)
    {
        Compilation = compilation;
        _coordinates = coordinates;
    }

    /// <summary>The compilation of the chunks (chunk coordinates). Consistent only until the next update.</summary>
    public Compilation Compilation { get; }

    /// <summary>Syntax, binding and configuration diagnostics, in file coordinates.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics => _compilerDiagnostics ??= _coordinates.Map(
        Compilation.Trees.SelectMany(t => t.Diagnostics).Concat(Compilation.Model.Diagnostics).Concat(Compilation.Options.Diagnostics));

    /// <summary>What the analysis rules find (after policylang.json levels and suppressions), in file coordinates.</summary>
    public ImmutableArray<Diagnostic> Findings => _findings ??= _coordinates.Map(Analyzer.Run(Compilation.Model, Compilation.Options));

    /// <summary>
    /// Every diagnostic, in file coordinates: what <see cref="PolicyLang.Compilation.Diagnostics"/> of
    /// the whole files gives. Made of the very objects in <see cref="CompilerDiagnostics"/> and
    /// <see cref="Findings"/>, so a caller can tell the two apart by reference.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics ??= DiagnosticOrder.Sort(CompilerDiagnostics.Concat(Findings));
}
