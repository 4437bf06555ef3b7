using PolicyLang.Binding;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Where an element is declared and used, as LSP locations.</summary>
public static class SymbolLocations
{
    public static Location? Declaration(EditorCoordinates coordinates, ElementSymbol symbol)
    {
        if (symbol.Syntax is null || symbol.Tree is null) return null;
        var token = symbol.Syntax.Identifier ?? symbol.Syntax.Keyword;
        return coordinates.ToLocation(symbol.Tree.Text, token.Span);
    }

    public static IEnumerable<Location> References(FolderSnapshot folder, EditorCoordinates coordinates, ElementSymbol symbol) =>
        folder.Model.ReferencesTo(symbol).Select(r => coordinates.ToLocation(r.Tree.Text, r.Span));

    /// <summary>The symbol named at a position: a declaration's id or a reference.</summary>
    public static ElementSymbol? SymbolAt(FolderSnapshot folder, EditorCoordinates coordinates, SourceFile file, Position position) =>
        coordinates.At(file, position) is var (chunk, offset) ? folder.Model.SymbolAt(chunk, offset) : null;
}
