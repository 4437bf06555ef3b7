using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>textDocument/references: every use of the element in all files of the folder.</summary>
public sealed class ReferencesHandler : IRequestHandler
{
    public string Method => "textDocument/references";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<ReferenceParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return Array.Empty<Location>();
        var coordinates = new EditorCoordinates(folder);
        var symbol = SymbolLocations.SymbolAt(folder, coordinates, file, request.Position);
        if (symbol is null) return Array.Empty<Location>();
        var locations = new List<Location>();
        if (request.Context?.IncludeDeclaration != false && SymbolLocations.Declaration(coordinates, symbol) is { } declaration)
            locations.Add(declaration);
        locations.AddRange(SymbolLocations.References(folder, coordinates, symbol));
        return locations;
    }
}
