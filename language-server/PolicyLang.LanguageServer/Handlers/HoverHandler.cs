using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/hover: for an element's id or a reference, the element's title and key figures
/// (a doel's indicator with unit, nulmeting, streefwaarde, bron; a begroting's totals); for a field
/// name or element keyword, what it means.
/// </summary>
public sealed class HoverHandler : IRequestHandler
{
    public string Method => "textDocument/hover";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        var offset = Positions.ToOffset(file.Text, request.Position);
        var word = SyntaxLocator.WordAt(file.Tree, offset);
        if (word is null) return null;
        var range = Positions.ToRange(file.Text, word.Span);

        if (folder.Compilation.Model.SymbolAt(file.Tree, offset) is { } symbol)
            return new Hover(MarkupContent.Markdown(HoverText.For(folder.Compilation.Model, symbol, context.Taal)), range);

        if (word.Parent is FieldSyntax field && (field.Parent as BlockSyntax)?.Parent is ElementSyntax owner
            && FieldForms.Spec(ElementKinds.FromKeyword(owner.Keyword.Kind), field.Name) is { } spec)
        {
            var fieldRange = Positions.ToRange(file.Text, field.NameSpan);
            return new Hover(MarkupContent.Markdown($"**{field.Name}**: `{FieldForms.Form(spec, context.Taal)}`\n\n{FieldForms.Description(spec, context.Taal)}"), fieldRange);
        }

        if (word.Parent is ElementSyntax element && ReferenceEquals(element.Keyword, word)
            && ElementSchemas.For(ElementKinds.FromKeyword(word.Kind)) is { } schema)
            return new Hover(MarkupContent.Markdown($"**{word.Text}**: {FieldForms.Description(schema, context.Taal)}"), range);

        return null;
    }
}
