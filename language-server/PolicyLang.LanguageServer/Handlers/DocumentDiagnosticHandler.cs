using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>textDocument/diagnostic (pull diagnostics): the document's diagnostics from the snapshot of the request.</summary>
public sealed class DocumentDiagnosticHandler : IRequestHandler
{
    public string Method => "textDocument/diagnostic";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return new FullDocumentDiagnosticReport([]);
        return new FullDocumentDiagnosticReport(DiagnosticConverter.ForFile(folder, file.Path, context.Taal));
    }
}
