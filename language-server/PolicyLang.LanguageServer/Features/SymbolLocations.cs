using PolicyLang.Binding;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Where an element is declared and used, as LSP locations.</summary>
public static class SymbolLocations
{
    public static Location? Declaration(FolderSnapshot folder, ElementSymbol symbol)
    {
        if (symbol.Syntax is null || symbol.Tree is null) return null;
        var token = symbol.Syntax.Identifier ?? symbol.Syntax.Keyword;
        return Positions.ToLocation(folder.UriOf(symbol.Tree.Path), symbol.Tree.Text, token.Span);
    }

    public static IEnumerable<Location> References(FolderSnapshot folder, ElementSymbol symbol) =>
        folder.Compilation.Model.ReferencesTo(symbol)
            .Select(r => Positions.ToLocation(folder.UriOf(r.Tree.Path), r.Tree.Text, r.Span));

    /// <summary>The symbol named at a position: a declaration's id or a reference.</summary>
    public static ElementSymbol? SymbolAt(FolderSnapshot folder, SourceFile file, Position position)
    {
        var offset = Positions.ToOffset(file.Text, position);
        return folder.Compilation.Model.SymbolAt(file.Tree, offset);
    }
}
