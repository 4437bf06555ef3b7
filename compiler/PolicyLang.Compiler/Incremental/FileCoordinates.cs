using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Incremental;

/// <summary>
/// Moves diagnostics from chunk coordinates (a chunk's text, offsets from its start) into file
/// coordinates (the whole file's text, offsets from its start), through the positions of one
/// version of the folder (which never change, so the mapping stays right after later edits).
/// </summary>
internal sealed class FileCoordinates(FilePositions positions)
{
    /// <summary>The diagnostics in file coordinates, in <see cref="DiagnosticOrder"/>.</summary>
    public ImmutableArray<Diagnostic> Map(IEnumerable<Diagnostic> diagnostics) => DiagnosticOrder.Sort(diagnostics.Select(Map));

    private Diagnostic Map(Diagnostic diagnostic) => diagnostic with
    {
        Location = Map(diagnostic.Location),
        Related = diagnostic.Related.IsEmpty ? diagnostic.Related : [.. diagnostic.Related.Select(r => r with { Location = Map(r.Location) })],
        Fixes = diagnostic.Fixes.IsEmpty ? diagnostic.Fixes : [.. diagnostic.Fixes.Select(f => f with { Edits = [.. f.Edits.Select(Map)] })],
    };

    private Location Map(Location location)
    {
        var (file, span) = positions.ToFile(location.Source, location.Span);
        return ReferenceEquals(file, location.Source) ? location : new Location(file, span);
    }

    private TextEdit Map(TextEdit edit)
    {
        var (file, span) = positions.ToFile(edit.Source, edit.Span);
        return ReferenceEquals(file, edit.Source) ? edit : edit with { Source = file, Span = span };
    }
}
