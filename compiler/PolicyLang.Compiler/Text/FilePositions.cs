namespace PolicyLang.Text;

/// <summary>
/// Where each text of a compilation lies in its file. A whole file lies at offset 0 of itself
/// (<see cref="WholeFiles"/>); incremental analysis parses a file as top-level chunks, each with
/// its own text whose offsets count from the chunk's start, and hands the compilation this table of
/// where every chunk starts. Immutable, one per version of the folder: a chunk that moves (an edit
/// above it) keeps its text and tree, only the next table says where it now is.
/// </summary>
public sealed class FilePositions
{
    /// <summary>Every text is a whole file.</summary>
    public static readonly FilePositions WholeFiles = new([]);

    private readonly Dictionary<SourceText, (SourceText File, int Start)> _parts;

    private FilePositions(Dictionary<SourceText, (SourceText File, int Start)> parts) => _parts = parts;

    /// <summary>A table of the given parts of files: each text, the file it is part of and where it starts there.</summary>
    public static FilePositions Of(IEnumerable<(SourceText Part, SourceText File, int Start)> parts)
    {
        var table = new Dictionary<SourceText, (SourceText, int)>(ReferenceEqualityComparer.Instance);
        foreach (var (part, file, start) in parts) table[part] = (file, start);
        return new FilePositions(table);
    }

    /// <summary>The file a text is part of (itself for a whole file or a text this table does not know).</summary>
    public SourceText FileOf(SourceText text) => _parts.Count > 0 && _parts.TryGetValue(text, out var at) ? at.File : text;

    /// <summary>Where a text starts in its file.</summary>
    public int StartOf(SourceText text) => _parts.Count > 0 && _parts.TryGetValue(text, out var at) ? at.Start : 0;

    /// <summary>A place in a text as the same place in the whole file.</summary>
    public (SourceText File, TextSpan Span) ToFile(SourceText text, TextSpan span) =>
        _parts.Count > 0 && _parts.TryGetValue(text, out var at) ? (at.File, new TextSpan(span.Start + at.Start, span.Length)) : (text, span);
}
