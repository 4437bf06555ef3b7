using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Incremental;

/// <summary>
/// Moves diagnostics from chunk coordinates (a chunk's text, offsets from its start) into file
/// coordinates (the whole file's text, offsets from its start). The chunks' offsets are read when
/// this is made, so the mapping stays right after later edits move the chunks.
/// </summary>
internal sealed class FileCoordinates
{
    private readonly Dictionary<SourceText, (SourceText File, int Offset)> _chunks = new(ReferenceEqualityComparer.Instance);

    public FileCoordinates(IEnumerable<ChunkedFile> files)
    {
        foreach (var file in files)
            foreach (var chunk in file.Chunks)
                _chunks[chunk.Text] = (file.Text, chunk.Text.FileOffset);
    }

    /// <summary>The diagnostics in file coordinates, in <see cref="DiagnosticOrder"/>.</summary>
    public ImmutableArray<Diagnostic> Map(IEnumerable<Diagnostic> diagnostics) => DiagnosticOrder.Sort(diagnostics.Select(Map));

    private Diagnostic Map(Diagnostic diagnostic) => diagnostic with
    {
        Location = Map(diagnostic.Location),
        Related = diagnostic.Related.IsEmpty ? diagnostic.Related : [.. diagnostic.Related.Select(r => r with { Location = Map(r.Location) })],
        Fixes = diagnostic.Fixes.IsEmpty ? diagnostic.Fixes : [.. diagnostic.Fixes.Select(f => f with { Edits = [.. f.Edits.Select(Map)] })],
    };

    private Location Map(Location location) =>
        _chunks.TryGetValue(location.Source, out var at) ? new Location(at.File, Shift(location.Span, at.Offset)) : location;

    private TextEdit Map(TextEdit edit) =>
        _chunks.TryGetValue(edit.Source, out var at) ? edit with { Source = at.File, Span = Shift(edit.Span, at.Offset) } : edit;

    private static TextSpan Shift(TextSpan span, int offset) => new(span.Start + offset, span.Length);
}
