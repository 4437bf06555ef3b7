using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>textDocument/documentSymbol: the file's elements as a tree (posts under their begroting, rows under their tabel).</summary>
public sealed class DocumentSymbolHandler : IRequestHandler
{
    public string Method => "textDocument/documentSymbol";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return Array.Empty<DocumentSymbol>();
        var coordinates = new EditorCoordinates(folder);
        return folder.Model.Elements.Where(e => e.Parent is null && coordinates.IsIn(e.Tree, file))
            .Select(e => ToSymbol(e, coordinates)).ToArray();
    }

    private static DocumentSymbol ToSymbol(ElementSymbol element, EditorCoordinates coordinates)
    {
        var text = element.Tree!.Text;
        var syntax = element.Syntax!;
        var selection = (syntax.Identifier ?? syntax.Keyword).Span;
        var name = element.Id ?? (element.Title.Length > 0 ? element.Title : element.Kind.Word());
        return new DocumentSymbol(name, $"{element.Kind.Word()} · {element.Title}", SymbolKindMap.Of(element.Kind),
            coordinates.ToRange(text, syntax.Span), coordinates.ToRange(text, selection),
            element.Children.Count == 0 ? null : [.. element.Children.Select(c => ToSymbol(c, coordinates))]);
    }
}
