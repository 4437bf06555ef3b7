using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>Applies LSP content changes (incremental or full) to a text, in the order given.</summary>
public static class TextChanges
{
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var source = new SourceText(text);
            var start = source.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character));
            var end = source.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character));
            if (end < start) (start, end) = (end, start);
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        return text;
    }
}
