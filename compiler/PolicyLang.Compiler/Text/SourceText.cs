namespace PolicyLang.Text;

/// <summary>
/// The immutable text of one source file plus its path and a lazily built line map.
/// The path is only a name: the compiler never opens files.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
    }

    public string Text { get; }
    public string Path { get; }

    public int Length => Text.Length;
    public char this[int index] => Text[index];

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);
    public override string ToString() => Text;

    /// <summary>Offsets at which each line starts. A line ends at \n, \r\n or a lone \r.</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public int LineCount => LineStarts.Count;

    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var starts = (int[])LineStarts;
        var line = Array.BinarySearch(starts, position);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, position - starts[line]);
    }

    public (LinePosition Start, LinePosition End) GetLineSpan(TextSpan span) =>
        (GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a line/character position, clamped into the text (for editor requests).</summary>
    public int GetOffset(LinePosition position)
    {
        var starts = (int[])LineStarts;
        if (position.Line < 0) return 0;
        if (position.Line >= starts.Length) return Text.Length;
        var lineEnd = position.Line + 1 < starts.Length ? starts[position.Line + 1] : Text.Length;
        return Math.Min(starts[position.Line] + Math.Max(0, position.Character), lineEnd);
    }

    public TextSpan GetLineSpan(int line)
    {
        var starts = (int[])LineStarts;
        var end = line + 1 < starts.Length ? starts[line + 1] : Text.Length;
        return TextSpan.FromBounds(starts[line], end);
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n");

    private static int[] ComputeLineStarts(string text)
    {
        // The language server maps diagnostics of every new version of a document through this,
        // so it jumps from line break to line break (vectorised) instead of testing every character.
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var position = 0;
        while (true)
        {
            var next = text.AsSpan(position).IndexOfAny(LineBreaks);
            if (next < 0) return [.. starts];
            position += next;
            if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n') position++;
            position++;
            starts.Add(position);
        }
    }
}
