using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// Collects diagnostics for one phase. Enforces "one mistake, one diagnostic": a second
/// diagnostic with the same code at the same start position is dropped. Positions are compared in
/// their files (<paramref name="positions"/>): the chunks of one file (incremental analysis) share a
/// path, and their offsets count from each chunk's start.
/// </summary>
public sealed class DiagnosticBag(FilePositions? positions = null)
{
    private readonly FilePositions _positions = positions ?? FilePositions.WholeFiles;
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string Code, string Path, int Start)> _seen = [];

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        var start = _positions.StartOf(diagnostic.Location.Source) + diagnostic.Span.Start;
        if (_seen.Add((diagnostic.Code, diagnostic.Location.Path, start))) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
