using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/prepareRename: the id under the caret, if it names an element declared in the
/// sources (a built-in wet cannot be renamed: it has no declaration to change).
/// </summary>
public sealed class PrepareRenameHandler : IRequestHandler
{
    public string Method => "textDocument/prepareRename";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        var coordinates = new EditorCoordinates(folder);
        var symbol = SymbolLocations.SymbolAt(folder, coordinates, file, request.Position);
        if (symbol is null) return null;
        if (symbol.IsBuiltin || symbol.Id is null)
            throw new LspException(ErrorCodes.RequestFailed, Messages.Get(context.Taal,
                $"'{symbol.DisplayName}' is een ingebouwde wet en kan niet hernoemd worden.",
                $"'{symbol.DisplayName}' is a built-in wet and cannot be renamed."));
        if (coordinates.At(file, request.Position) is not var (chunk, offset) || SyntaxLocator.WordAt(chunk, offset) is not { } word) return null;
        return new PrepareRenameResult(coordinates.ToRange(chunk.Text, word.Span), symbol.Id);
    }
}
