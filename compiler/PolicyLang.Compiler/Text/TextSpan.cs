namespace PolicyLang.Text;

/// <summary>A range of UTF-16 code units in a source text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the position lies inside the span or just after it (where a caret touching a word sits).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    public override string ToString() => $"[{Start}..{End})";
}
