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
/// to each other). A chunk's tree counts offsets from the chunk's start; <see cref="Starts"/> says
/// where that is in the file. Immutable: an update makes a new version that shares the unchanged
/// chunks' trees, and a moved chunk only gets a new start in the new version.
/// </summary>
public sealed class ChunkedFile
{
    /// <summary>How often an edit that leaves its chunk unclosed may pull in the next chunk before the rest of the file is re-parsed at once.</summary>
    private const int MaxGrowSteps = 8;

    private ChunkedFile(SourceText text, ImmutableArray<SyntaxTree> chunks, ImmutableArray<int> starts)
    {
        Text = text;
        Chunks = chunks;
        Starts = starts;
    }

    /// <summary>The whole file.</summary>
    public SourceText Text { get; }

    /// <summary>The chunk trees in file order; never empty (an empty file is one empty chunk).</summary>
    public ImmutableArray<SyntaxTree> Chunks { get; }

    /// <summary>Where each chunk (same index) starts in the file.</summary>
    public ImmutableArray<int> Starts { get; }

    public string Path => Text.Path;

    /// <summary>Each chunk's text with the file it is part of and its start there (for <see cref="FilePositions"/>).</summary>
    public IEnumerable<(SourceText Part, SourceText File, int Start)> Parts
    {
        get
        {
            for (var i = 0; i < Chunks.Length; i++) yield return (Chunks[i].Text, Text, Starts[i]);
        }
    }

    public static ChunkedFile Parse(SourceText text)
    {
        var (chunks, starts) = Split(ParseRegion(text, 0, text.Length, reachesEnd: true)!);
        return new ChunkedFile(text, chunks, starts);
    }

    /// <summary>
    /// The file after an edit: chunks before the edited region are kept as they are, chunks after it
    /// are kept and moved by the change in length, and only the chunks the edit touches are parsed
    /// again (more when the edit leaves the last of them without its closing brace). This version
    /// stays valid: nothing it holds is changed.
    /// </summary>
    public ChunkedFile Update(SourceText newText)
    {
        var diff = TextDiff.Between(Text.Text, newText.Text);
        if (diff.IsEmpty) return new ChunkedFile(newText, Chunks, Starts);

        var first = IndexAt(diff.Start);
        var last = Math.Max(first, IndexAt(Math.Max(diff.Start, diff.OldEnd - 1)));
        for (var step = 0; ; step++)
        {
            if (step == MaxGrowSteps) last = Chunks.Length - 1;
            var reachesEnd = last == Chunks.Length - 1;
            var start = Starts[first];
            var end = (reachesEnd ? Text.Length : Starts[last + 1]) + diff.Delta;
            if (ParseRegion(newText, start, end, reachesEnd) is { } parsed)
            {
                var kept = Chunks.Length - last - 1;
                var chunks = ImmutableArray.CreateBuilder<SyntaxTree>(first + parsed.Count + kept);
                var starts = ImmutableArray.CreateBuilder<int>(chunks.Capacity);
                chunks.AddRange(Chunks, first);
                starts.AddRange(Starts, first);
                foreach (var (tree, at) in parsed) { chunks.Add(tree); starts.Add(at); }
                for (var i = last + 1; i < Chunks.Length; i++) { chunks.Add(Chunks[i]); starts.Add(Starts[i] + diff.Delta); }
                return new ChunkedFile(newText, chunks.MoveToImmutable(), starts.MoveToImmutable());
            }
            last++;
        }
    }

    /// <summary>
    /// The chunk that holds a file position and where it starts. A position between two chunks
    /// belongs to the later one (whose first token's trivia starts there, as in the whole file's
    /// tree); the end of the file belongs to the last chunk.
    /// </summary>
    public (SyntaxTree Chunk, int Start) ChunkAt(int position)
    {
        var index = IndexAt(position);
        return (Chunks[index], Starts[index]);
    }

    private int IndexAt(int position)
    {
        int low = 0, high = Chunks.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Starts[middle] <= position) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>
    /// Parses [start, end) of the file and cuts it into chunks with their file starts, or returns null
    /// when the region does not end in a closed top-level element although the file goes on after it
    /// (its last element may then continue past the region, so it must grow).
    /// </summary>
    private static List<(SyntaxTree Tree, int Start)>? ParseRegion(SourceText file, int start, int end, bool reachesEnd)
    {
        var region = ParseChunk(file, start, end);
        var cuts = new List<int>();
        foreach (var member in region.Root.Members)
            if (member is ElementSyntax { Block.CloseBrace: { IsMissing: false } close }) cuts.Add(close.End);
        if (!reachesEnd && (cuts.Count == 0 || cuts[^1] != end - start)) return null;
        if (reachesEnd && (cuts.Count == 0 || cuts[^1] != end - start)) cuts.Add(end - start);
        if (cuts.Count == 1) return [(region, start)];

        var chunks = new List<(SyntaxTree, int)>(cuts.Count);
        var from = 0;
        foreach (var cut in cuts)
        {
            chunks.Add((ParseChunk(file, start + from, start + cut), start + from));
            from = cut;
        }
        return chunks;
    }

    private static (ImmutableArray<SyntaxTree>, ImmutableArray<int>) Split(List<(SyntaxTree Tree, int Start)> chunks) =>
        ([.. chunks.Select(c => c.Tree)], [.. chunks.Select(c => c.Start)]);

    private static SyntaxTree ParseChunk(SourceText file, int start, int end) =>
        SyntaxTree.Parse(new SourceText(file.Text.Substring(start, end - start), file.Path));
}
