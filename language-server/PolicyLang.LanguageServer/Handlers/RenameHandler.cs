using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/rename: the declaration and every reference, across all files of the folder. The
/// new name must be a valid id, not a keyword and not already taken (that would merge two elements).
/// </summary>
public sealed class RenameHandler : IRequestHandler
{
    public string Method => "textDocument/rename";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<RenameParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        var coordinates = new EditorCoordinates(folder);
        var symbol = SymbolLocations.SymbolAt(folder, coordinates, file, new Position(request.Position.Line, request.Position.Character));
        if (symbol is null) return null;
        var taal = context.Taal;
        if (symbol.IsBuiltin || symbol.Id is null)
            throw new LspException(ErrorCodes.RequestFailed, Messages.Get(taal, "Een ingebouwde wet kan niet hernoemd worden.", "A built-in wet cannot be renamed."));

        var name = request.NewName.Trim();
        if (!IsValidId(name))
            throw new LspException(ErrorCodes.RequestFailed, Messages.Get(taal,
                $"'{name}' is geen geldige naam: begin met een letter of _, gevolgd door letters, cijfers of _.",
                $"'{name}' is not a valid name: start with a letter or _, followed by letters, digits or _."));
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.IdentifierToken)
            throw new LspException(ErrorCodes.RequestFailed, Messages.Get(taal, $"'{name}' is een gereserveerd woord.", $"'{name}' is a reserved word."));
        if (name != symbol.Id && folder.Model.Lookup(name) is not null)
            throw new LspException(ErrorCodes.RequestFailed, Messages.Get(taal, $"De naam '{name}' is al in gebruik.", $"The name '{name}' is already in use."));

        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        void Add(Location location)
        {
            if (!changes.TryGetValue(location.Uri, out var edits)) changes[location.Uri] = edits = [];
            edits.Add(new TextEdit(location.Range, name));
        }
        if (SymbolLocations.Declaration(coordinates, symbol) is { } declaration) Add(declaration);
        foreach (var reference in SymbolLocations.References(folder, coordinates, symbol)) Add(reference);
        return new WorkspaceEdit(changes.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    public static bool IsValidId(string name) =>
        name.Length > 0 && SyntaxFacts.IsIdentifierStart(name[0]) && name.All(SyntaxFacts.IsIdentifierPart);
}
