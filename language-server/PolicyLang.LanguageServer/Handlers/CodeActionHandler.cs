using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/codeAction: quick fixes for the diagnostics of the snapshot that touch the
/// requested range ("correct a total" comes from the budget rules' own fixes, PL4001/PL4002).
/// </summary>
public sealed class CodeActionHandler : IRequestHandler
{
    public string Method => "textDocument/codeAction";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<CodeActionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return Array.Empty<CodeAction>();
        if (request.Context?.Only is { Length: > 0 } only && !only.Any(k => k == "quickfix" || "quickfix".StartsWith(k + ".", StringComparison.Ordinal)))
            return Array.Empty<CodeAction>();
        var start = Positions.ToOffset(file.Text, request.Range.Start);
        var end = Positions.ToOffset(file.Text, request.Range.End);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in folder.Diagnostics)
        {
            if (!string.Equals(diagnostic.Location.Path, file.Path, StringComparison.Ordinal)) continue;
            if (diagnostic.Span.End < start || diagnostic.Span.Start > end) continue;
            actions.AddRange(QuickFixes.For(diagnostic, DiagnosticConverter.ToLsp(diagnostic, folder, context.Taal), folder, context.Taal));
        }
        return actions;
    }
}
