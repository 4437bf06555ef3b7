using PolicyLang.Binding;
using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>
/// A token and the trivia (spaces, line breaks, comments) before it. Only offsets are stored; the
/// text and the trivia are read from the source on demand, which keeps lexing allocation-light.
/// All trivia is leading trivia, so a token's full span is [FullStart, End) and the full spans of
/// consecutive tokens tile the whole file: that is what makes every tree round-trip.
/// </summary>
public sealed class SyntaxToken : SyntaxNode
{
    internal SyntaxToken(SourceText source, SyntaxKind kind, int fullStart, int start, int end, bool isMissing = false, ElementKind elementKind = ElementKind.Unknown)
    {
        Source = source;
        _kind = (byte)kind;
        _elementKind = (byte)elementKind;
        FullStart = fullStart;
        Start = start;
        End = end;
        IsMissing = isMissing;
    }

    // The kind is kept in a byte (every SyntaxKind fits) next to the missing flag, so a token takes
    // 48 bytes instead of 56; there is one per token of the file.
    private readonly byte _kind;
    // An element keyword's kind, looked up once by the lexer. Another byte beside the kind fits in
    // the padding, so the token stays 48 bytes.
    private readonly byte _elementKind;

    public SourceText Source { get; }
    public override SyntaxKind Kind => (SyntaxKind)_kind;
    /// <summary>For an <see cref="SyntaxKind.ElementKeyword"/>, the kind it introduces; otherwise <see cref="ElementKind.Unknown"/>.</summary>
    public ElementKind ElementKind => (ElementKind)_elementKind;
    public int FullStart { get; }
    public int Start { get; }
    public int End { get; }

    /// <summary>A token the parser expected but did not find; it has no text.</summary>
    public bool IsMissing { get; }

    public override TextSpan Span => TextSpan.FromBounds(Start, End);
    public override TextSpan FullSpan => TextSpan.FromBounds(FullStart, End);

    public string Text => Source.Text.Substring(Start, End - Start);
    public ReadOnlySpan<char> Chars => Source.Text.AsSpan(Start, End - Start);
    public string FullText => Source.Text.Substring(FullStart, End - FullStart);

    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => SyntaxTrivia.Split(Source, FullStart, Start);

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    public override string ToString() => Text;
}
