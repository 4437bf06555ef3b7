using System.Collections.Immutable;

namespace PolicyLang.Diagnostics;

/// <summary>
/// Collects diagnostics for one phase. Enforces "one mistake, one diagnostic": a second
/// diagnostic with the same code at the same start position is dropped.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string Code, string Path, int Start)> _seen = [];

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        // The file offset, not the offset in the text: the chunks of one file share a path (incremental analysis).
        var start = diagnostic.Location.Source.FileOffset + diagnostic.Span.Start;
        if (_seen.Add((diagnostic.Code, diagnostic.Location.Path, start))) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
