using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Features;

/// <summary>LSP positions (zero-based line, UTF-16 character) to and from source offsets.</summary>
public static class Positions
{
    public static Position ToPosition(SourceText text, int offset)
    {
        var p = text.GetLinePosition(offset);
        return new Position(p.Line, p.Character);
    }

    public static Protocol.Range ToRange(SourceText text, TextSpan span) =>
        new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static int ToOffset(SourceText text, Position position) =>
        text.GetOffset(new LinePosition(position.Line, position.Character));

    public static Protocol.Location ToLocation(string uri, SourceText text, TextSpan span) => new(uri, ToRange(text, span));
}
