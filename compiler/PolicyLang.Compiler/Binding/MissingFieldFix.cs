using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>
/// The fixes of PL2018 (a required field is missing): each adds one missing field, empty for the
/// author to fill in, as the block's last line, or inside the braces of a one-line block, or in a
/// new block when the element has none.
/// </summary>
internal static class MissingFieldFix
{
    public static ImmutableArray<CodeFix> For(ElementSyntax element, SourceText text, IEnumerable<string> fields)
    {
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var field in fields)
            if (AddField(element, text, field) is { } edit)
                fixes.Add(new CodeFix($"Voeg het veld '{field}' toe", $"Add the field '{field}'", [edit]));
        return fixes.ToImmutable();
    }

    private static TextEdit? AddField(ElementSyntax element, SourceText text, string field)
    {
        var placeholder = field == "gemeente" ? "\"\"" : "";
        if (element.Block is { CloseBrace.IsMissing: false } block)
        {
            var closeLine = text.GetLinePosition(block.CloseBrace.Start).Line;
            if (closeLine == text.GetLinePosition(block.OpenBrace.Start).Line)
                return new TextEdit(text, new TextSpan(block.CloseBrace.Start, 0), $"{field}: {placeholder} ");
            var lineStart = text.LineStarts[closeLine];
            return new TextEdit(text, new TextSpan(lineStart, 0), $"{FieldIndent(text, lineStart, block.CloseBrace.Start)}{field}: {placeholder}\n");
        }
        if (element.Block is null)
            return new TextEdit(text, new TextSpan(element.Span.End, 0), $" {{ {field}: {placeholder} }}");
        return null;
    }

    /// <summary>
    /// Two more than the closing brace when it starts its line, else the indentation of the field it
    /// ends. Read from the brace's line, not the element keyword's: that line always lies wholly in
    /// the element's own text, whereas the keyword can share its line with the '}' of the element
    /// before it, which incremental analysis parses as another tree (the fix must be the same either way).
    /// </summary>
    private static string FieldIndent(SourceText text, int lineStart, int closeBrace)
    {
        var end = lineStart;
        while (end < closeBrace && text[end] is ' ' or '\t') end++;
        var indent = text.Text[lineStart..end];
        return end == closeBrace ? indent + "  " : indent;
    }
}
