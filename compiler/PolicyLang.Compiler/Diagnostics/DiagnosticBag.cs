using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// Collects diagnostics for one phase. Enforces "one mistake, one diagnostic": a second
/// diagnostic with the same code at the same start position is dropped. Positions are compared in
/// their files (<paramref name="positions"/>): the chunks of one file (incremental analysis) share a
/// path, and their offsets count from each chunk's start. A bag may hold at most
/// <paramref name="limit"/> diagnostics: the rest are counted as <see cref="Overflowed"/>, not kept,
/// so a file of a million mistakes does not keep a million diagnostics (<see cref="SyntaxErrorLimit"/>).
/// </summary>
public sealed class DiagnosticBag(FilePositions? positions = null, int limit = int.MaxValue)
{
    private readonly FilePositions _positions = positions ?? FilePositions.WholeFiles;
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string Code, string Path, int Start)> _seen = new(SamePlaceAndCode.Instance);

    public int Count => _items.Count;

    /// <summary>Whether a diagnostic was refused because the bag held its limit.</summary>
    public bool Overflowed { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        if (_items.Count >= limit)
        {
            Overflowed = true;
            return;
        }
        var start = _positions.StartOf(diagnostic.Location.Source) + diagnostic.Span.Start;
        if (_seen.Add((diagnostic.Code, diagnostic.Location.Path, start))) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];

    /// <summary>
    /// Hashes the start only: the code and path are nearly always the same few strings, and
    /// hashing them for every diagnostic made a file with a million mistakes slow (issue 20).
    /// </summary>
    private sealed class SamePlaceAndCode : IEqualityComparer<(string Code, string Path, int Start)>
    {
        public static readonly SamePlaceAndCode Instance = new();

        public bool Equals((string Code, string Path, int Start) x, (string Code, string Path, int Start) y) =>
            x.Start == y.Start && string.Equals(x.Code, y.Code, StringComparison.Ordinal) && string.Equals(x.Path, y.Path, StringComparison.Ordinal);

        public int GetHashCode((string Code, string Path, int Start) key) => key.Start;
    }
}
