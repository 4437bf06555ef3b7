using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>Applies LSP content changes (incremental or full) to a text, in the order given.</summary>
public static class TextChanges
{
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes) => Apply(new SourceText(text), changes);

    /// <summary>
    /// Applies the changes to a text whose line map may be known already (the open document's, which
    /// publishing diagnostics built): the first change then costs no scan of the whole text.
    /// </summary>
    public static string Apply(SourceText original, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var text = original.Text;
        SourceText? current = original;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                current = null;
                continue;
            }
            var source = current ?? new SourceText(text);
            var start = source.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character));
            var end = source.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character));
            if (end < start) (start, end) = (end, start);
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            current = null;
        }
        return text;
    }
}
