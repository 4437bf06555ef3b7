using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Text;
using TextEdit = PolicyLang.LanguageServer.Protocol.TextEdit;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// Quick fixes for one diagnostic: the fixes the diagnostic carries (the compiler and the
/// analysis rules attach them: add a missing field, use the suggested name, declare a spanning,
/// correct a total, …), and for every analysis warning a suppression comment on the line above.
/// The server knows no code's fix itself.
/// </summary>
public static class QuickFixes
{
    public static IEnumerable<CodeAction> For(Diagnostic diagnostic, LspDiagnostic lsp, FolderSnapshot folder, Taal taal)
    {
        foreach (var fix in diagnostic.Fixes)
            yield return Action(fix.Title(taal), lsp, Edit(folder, fix.Edits.Select(e => (e.Source, e.Span, e.NewText))), fix.IsPreferred);

        if (!AnalysisRules.IsCompilerCode(diagnostic.Code) && diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Info)
        {
            var source = diagnostic.Location.Source;
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
