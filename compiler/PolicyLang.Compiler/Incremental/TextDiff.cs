namespace PolicyLang.Incremental;

/// <summary>
/// The region in which two versions of a text differ: everything before <see cref="Start"/> and
/// everything from <see cref="OldEnd"/> (old text) / <see cref="NewEnd"/> (new text) on is the same.
/// Found from the texts alone (common prefix and suffix), so it does not matter how many edits of
/// the editor led from one to the other.
/// </summary>
public readonly record struct TextDiff(int Start, int OldEnd, int NewEnd)
{
    /// <summary>How much longer the new text is.</summary>
    public int Delta => NewEnd - OldEnd;

    public bool IsEmpty => Start == OldEnd && Start == NewEnd;

    public static TextDiff Between(string oldText, string newText)
    {
        if (ReferenceEquals(oldText, newText)) return new TextDiff(oldText.Length, oldText.Length, newText.Length);
        var max = Math.Min(oldText.Length, newText.Length);
        var prefix = oldText.AsSpan(0, max).CommonPrefixLength(newText.AsSpan(0, max));
        var suffix = CommonSuffixLength(oldText.AsSpan(prefix), newText.AsSpan(prefix));
        return new TextDiff(prefix, oldText.Length - suffix, newText.Length - suffix);
    }

    /// <summary>Compares from the end in blocks (vectorised SequenceEqual), then character by character.</summary>
    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        const int Block = 256;
        var max = Math.Min(a.Length, b.Length);
        var suffix = 0;
        while (suffix + Block <= max && a.Slice(a.Length - suffix - Block, Block).SequenceEqual(b.Slice(b.Length - suffix - Block, Block))) suffix += Block;
        while (suffix < max && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        return suffix;
    }
}
