using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Incremental;

/// <summary>
/// Checks one folder over and over as its files change, re-doing only what an edit touches: each
/// file is kept as <see cref="ChunkedFile"/> chunks, so an edit re-parses one chunk; each chunk's
/// own binding is cached (<see cref="BindingCache"/>), so only the new chunks are bound before
/// everything is linked again; the analysis rules then run over the whole model, which is cheap.
/// The diagnostics are those of a whole-file <see cref="Compilation"/> of the same texts, with
/// every location in file coordinates. Every result stays valid after later updates (nothing it
/// holds is changed by them). Not thread-safe: one caller, one update at a time.
/// </summary>
public sealed class IncrementalAnalysis
{
    private readonly BindingCache _bindings = new();
    private Dictionary<string, ChunkedFile> _files = new(StringComparer.Ordinal);

    /// <summary>The folder's files as they are now (files that are gone are dropped) and its options.</summary>
    public IncrementalResult Update(IEnumerable<SourceText> files, AnalysisOptions options)
    {
        var next = new Dictionary<string, ChunkedFile>(StringComparer.Ordinal);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var chunked = _files.TryGetValue(file.Path, out var previous) ? previous.Update(file) : ChunkedFile.Parse(file);
            next[file.Path] = chunked;
            trees.AddRange(chunked.Chunks);
        }
        _files = next;
        var positions = FilePositions.Of(next.Values.SelectMany(f => f.Parts));
        var compilation = Compilation.CreateIncremental(trees.ToImmutable(), options, _bindings, positions);
        return new IncrementalResult(compilation, next, positions);
    }
}
