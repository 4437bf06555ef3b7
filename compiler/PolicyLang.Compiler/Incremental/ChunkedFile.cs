using System.Collections.Immutable;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Incremental;

/// <summary>
/// One file parsed as a row of independent trees, its <em>chunks</em>, so that an edit re-parses
/// only the chunk it falls in. Every chunk but the last ends with the <c>}</c> that closes a
/// top-level element; the next chunk starts right after it (with the trivia that follows). Parsing
/// a chunk on its own then gives exactly the tokens, nodes and diagnostics that parsing the whole
/// file gives for that stretch: the parser is at the top level there with nothing pending, and it
/// never looks past a closing brace to decide anything before it (a property test holds the two
/// to each other). A chunk's tree counts offsets from the chunk's start; its text's
/// <see cref="SourceText.FileOffset"/> says where that is in the file.
/// </summary>
public sealed class ChunkedFile
{
    /// <summary>How often an edit that leaves its chunk unclosed may pull in the next chunk before the rest of the file is re-parsed at once.</summary>
    private const int MaxGrowSteps = 8;

    private ChunkedFile(SourceText text, ImmutableArray<SyntaxTree> chunks)
    {
        Text = text;
        Chunks = chunks;
    }

    /// <summary>The whole file.</summary>
    public SourceText Text { get; }

    /// <summary>The chunk trees in file order; never empty (an empty file is one empty chunk).</summary>
    public ImmutableArray<SyntaxTree> Chunks { get; }

    public string Path => Text.Path;

    public static ChunkedFile Parse(SourceText text) =>
        new(text, [.. ParseRegion(text, 0, text.Length, reachesEnd: true)!]);

    /// <summary>
    /// The file after an edit: chunks before the edited region are kept as they are, chunks after it
    /// are kept and moved by the change in length, and only the chunks the edit touches are parsed
    /// again (more when the edit leaves the last of them without its closing brace). This object
    /// must not be used afterwards: the chunks it shares with the result have moved.
    /// </summary>
    public ChunkedFile Update(SourceText newText)
    {
        var diff = TextDiff.Between(Text.Text, newText.Text);
        if (diff.IsEmpty) return new ChunkedFile(newText, Chunks);

        var first = ChunkAt(diff.Start);
        var last = Math.Max(first, ChunkAt(Math.Max(diff.Start, diff.OldEnd - 1)));
        for (var step = 0; ; step++)
        {
            if (step == MaxGrowSteps) last = Chunks.Length - 1;
            var reachesEnd = last == Chunks.Length - 1;
            var start = Chunks[first].Text.FileOffset;
            var end = (reachesEnd ? Text.Length : Chunks[last + 1].Text.FileOffset) + diff.Delta;
            if (ParseRegion(newText, start, end, reachesEnd) is { } parsed)
            {
                var after = Chunks.AsSpan()[(last + 1)..];
                // Moving a kept chunk is a write to its text, so it happens only once nothing can fail.
                foreach (var chunk in after) chunk.Text.FileOffset += diff.Delta;
                return new ChunkedFile(newText, [.. Chunks.AsSpan(0, first), .. parsed, .. after]);
            }
            last++;
        }
    }

    /// <summary>The index of the chunk that holds a file position (the end of the file belongs to the last chunk).</summary>
    private int ChunkAt(int position)
    {
        int low = 0, high = Chunks.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Chunks[middle].Text.FileOffset <= position) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>
    /// Parses [start, end) of the file and cuts it into chunks, or returns null when the region does
    /// not end in a closed top-level element although the file goes on after it (its last element
    /// may then continue past the region, so it must grow).
    /// </summary>
    private static List<SyntaxTree>? ParseRegion(SourceText file, int start, int end, bool reachesEnd)
    {
        var region = ParseChunk(file, start, end);
        var cuts = new List<int>();
        foreach (var member in region.Root.Members)
            if (member is ElementSyntax { Block.CloseBrace: { IsMissing: false } close }) cuts.Add(close.End);
        if (!reachesEnd && (cuts.Count == 0 || cuts[^1] != end - start)) return null;
        if (reachesEnd && (cuts.Count == 0 || cuts[^1] != end - start)) cuts.Add(end - start);
        if (cuts.Count == 1) return [region];

        var chunks = new List<SyntaxTree>(cuts.Count);
        var from = 0;
        foreach (var cut in cuts)
        {
            chunks.Add(ParseChunk(file, start + from, start + cut));
            from = cut;
        }
        return chunks;
    }

    private static SyntaxTree ParseChunk(SourceText file, int start, int end) =>
        SyntaxTree.Parse(new SourceText(file.Text.Substring(start, end - start), file.Path) { FileOffset = start });
}
