using PolicyLang.Text;

namespace PolicyLang.Syntax;

/// <summary>A piece of layout before a token: whitespace, a line break or a // comment.</summary>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, TextSpan Span, string Text)
{
    /// <summary>Splits the trivia region [start, end) of a source into its pieces.</summary>
    internal static IReadOnlyList<SyntaxTrivia> Split(SourceText source, int start, int end)
    {
        if (start == end) return [];
        var result = new List<SyntaxTrivia>();
        var text = source.Text;
        var i = start;
        while (i < end)
        {
            var begin = i;
            SyntaxKind kind;
            if (text[i] == '/' && i + 1 < end && text[i + 1] == '/')
            {
                while (i < end && text[i] != '\n' && text[i] != '\r') i++;
                kind = SyntaxKind.CommentTrivia;
            }
            else if (text[i] is '\n' or '\r')
            {
                i += text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else
            {
                while (i < end && text[i] is not ('\n' or '\r') && !(text[i] == '/' && i + 1 < end && text[i + 1] == '/')) i++;
                kind = SyntaxKind.WhitespaceTrivia;
            }
            result.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(begin, i), text[begin..i]));
        }
        return result;
    }
}
