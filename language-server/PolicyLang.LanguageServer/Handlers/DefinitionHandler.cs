using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>textDocument/definition: from a reference (or a declaration) to the element's id.</summary>
public sealed class DefinitionHandler : IRequestHandler
{
    public string Method => "textDocument/definition";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        var coordinates = new EditorCoordinates(folder);
        var symbol = SymbolLocations.SymbolAt(folder, coordinates, file, request.Position);
        return symbol is null ? null : SymbolLocations.Declaration(coordinates, symbol);
    }
}
