using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Syntax;
using PolicyLang.Text;
using TextEdit = PolicyLang.LanguageServer.Protocol.TextEdit;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// Quick fixes for one diagnostic: first the fixes the diagnostic carries itself (analysis rules
/// attach them: declare a spanning, correct a total, …), then the server's own for compiler
/// diagnostics that carry none (add a missing field, use the suggested name, add a title), and
/// for every analysis warning a suppression comment on the line above.
/// </summary>
public static class QuickFixes
{
    public static IEnumerable<CodeAction> For(Diagnostic diagnostic, LspDiagnostic lsp, FolderSnapshot folder, Taal taal)
    {
        foreach (var fix in diagnostic.Fixes)
            yield return Action(fix.Title(taal), lsp, Edit(folder, fix.Edits.Select(e => (e.Source, e.Span, e.NewText))), preferred: true);

        var source = diagnostic.Location.Source;
        var model = folder.Model;
        switch (diagnostic.Code)
        {
            case "PL2018" when ElementAt(model, diagnostic) is { } element:
                foreach (var field in MissingFields(element))
                    if (AddField(model, element, field) is { } edit)
                        yield return Action(Messages.Get(taal, $"Voeg het veld '{field}' toe", $"Add the field '{field}'"), lsp, Edit(folder, [edit]), preferred: true);
                break;
            case "PL2001" when Suggestion(source.ToString(diagnostic.Span), model.AllSymbols.Select(s => s.Id).OfType<string>()) is { } name:
                yield return Action(Messages.Get(taal, $"Vervang door '{name}'", $"Replace with '{name}'"), lsp, Edit(folder, [(source, diagnostic.Span, name)]), preferred: true);
                break;
            case "PL2005" when ElementAt(model, diagnostic) is { } owner && ElementSchemas.For(owner.Kind) is { } schema
                && Suggestion(source.ToString(diagnostic.Span), schema.Fields.Keys) is { } fieldName:
                yield return Action(Messages.Get(taal, $"Vervang door '{fieldName}'", $"Replace with '{fieldName}'"), lsp, Edit(folder, [(source, diagnostic.Span, fieldName)]), preferred: true);
                break;
            case "PL2009":
                yield return Action(Messages.Get(taal, "Voeg een titel toe", "Add a title"), lsp, Edit(folder, [(source, new TextSpan(diagnostic.Span.End, 0), " \"\"")]), preferred: false);
                break;
        }

        if (!AnalysisRules.IsCompilerCode(diagnostic.Code) && diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Info)
        {
            var line = source.GetLineSpan(diagnostic.Location.Start.Line);
            var lineText = source.ToString(line);
            var indent = lineText[..(lineText.Length - lineText.TrimStart().Length)];
            var newline = lineText.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            yield return Action(Messages.Get(taal, $"Onderdruk {diagnostic.Code} op deze regel", $"Suppress {diagnostic.Code} on this line"), lsp,
                Edit(folder, [(source, new TextSpan(line.Start, 0), $"{indent}// {SuppressionDirective} {diagnostic.Code}{newline}")]), preferred: false);
        }
    }

    /// <summary>The comment directive the analyzer reads (Analysis/Suppressions.cs).</summary>
    public const string SuppressionDirective = "policylang-disable-next-line";

    private static ElementSymbol? ElementAt(SemanticModel model, Diagnostic diagnostic)
    {
        // The diagnostic is in file coordinates, the model's trees are the files' chunks.
        TextSpan InFile(ElementSymbol element, TextSpan span) => model.Positions.ToFile(element.Tree!.Text, span).Span;
        foreach (var element in model.Elements)
        {
            if (element.Syntax is null || element.Tree?.Path != diagnostic.Location.Path) continue;
            if (InFile(element, element.Location!.Span) == diagnostic.Span) return element;
        }
        // A field diagnostic: the innermost element whose syntax holds it.
        return model.Elements.Where(e => e.Syntax is not null && e.Tree?.Path == diagnostic.Location.Path && InFile(e, e.Syntax.Span).Contains(diagnostic.Span.Start))
            .OrderBy(e => e.Syntax!.Span.Length).FirstOrDefault();
    }

    private static IEnumerable<string> MissingFields(ElementSymbol element)
    {
        var present = element.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (ElementSchemas.For(element.Kind) is { } schema)
            foreach (var required in schema.RequiredFields)
                if (!present.Contains(required)) yield return required;
        if (element.Kind == ElementKind.Kader && !present.Contains(FieldNames.Gemeente) && !present.Contains(FieldNames.Gemeenten)) yield return FieldNames.Gemeente;
    }

    /// <summary>Inserts "field: " as the block's last line, or adds a block when the element has none.</summary>
    private static (SourceText, TextSpan, string)? AddField(SemanticModel model, ElementSymbol element, string field)
    {
        var syntax = element.Syntax!;
        // In the whole file's text: lines and indentation are the file's (a chunk may start mid-line).
        var text = model.Positions.FileOf(element.Tree!.Text);
        var at = model.Positions.StartOf(element.Tree.Text);
        var placeholder = field == FieldNames.Gemeente ? "\"\"" : "";
        if (syntax.Block is { CloseBrace.IsMissing: false } block)
        {
            var closeLine = text.GetLinePosition(at + block.CloseBrace.Start).Line;
            var openLine = text.GetLinePosition(at + block.OpenBrace.Start).Line;
            if (closeLine == openLine)
                return (text, new TextSpan(at + block.CloseBrace.Start, 0), $"{field}: {placeholder} ");
            var elementIndent = IndentOf(text, at + syntax.Keyword.Start);
            var lineStart = text.LineStarts[closeLine];
            return (text, new TextSpan(lineStart, 0), $"{elementIndent}  {field}: {placeholder}\n");
        }
        if (syntax.Block is null)
            return (text, new TextSpan(at + syntax.Span.End, 0), $" {{ {field}: {placeholder} }}");
        return null;
    }

    private static string IndentOf(SourceText text, int position)
    {
        var lineStart = text.LineStarts[text.GetLinePosition(position).Line];
        var end = lineStart;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return text.Text[lineStart..end];
    }

    private static string? Suggestion(string name, IEnumerable<string> candidates) => Spelling.Closest(name, candidates);

    private static WorkspaceEdit Edit(FolderSnapshot folder, IEnumerable<(SourceText Source, TextSpan Span, string NewText)> edits)
    {
        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var group in edits.GroupBy(e => e.Source.Path, StringComparer.Ordinal))
            changes[folder.UriOf(group.Key)] = [.. group.Select(e => new TextEdit(Positions.ToRange(e.Source, e.Span), e.NewText))];
        return new WorkspaceEdit(changes);
    }

    private static CodeAction Action(string title, LspDiagnostic diagnostic, WorkspaceEdit edit, bool preferred) =>
        new(title, "quickfix", [diagnostic], edit, preferred ? true : null);
}
