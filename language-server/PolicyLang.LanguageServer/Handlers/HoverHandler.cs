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
/// name or element keyword, what it means; for a value word (unit, comparator, choice, …), its
/// category and meaning from the vocabulary.
/// </summary>
public sealed class HoverHandler : IRequestHandler
{
    public string Method => "textDocument/hover";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        var coordinates = new EditorCoordinates(folder);
        if (coordinates.At(file, request.Position) is not var (chunk, offset)) return null;
        var word = SyntaxLocator.WordAt(chunk, offset);
        if (word is null) return null;
        var range = coordinates.ToRange(chunk.Text, word.Span);

        if (folder.Model.SymbolAt(chunk, offset) is { } symbol)
            return new Hover(MarkupContent.Markdown(HoverText.For(folder.Model, symbol, context.Taal)), range);

        if (word.Parent is FieldSyntax field && (field.Parent as BlockSyntax)?.Parent is ElementSyntax owner
            && FieldForms.Spec(owner.Keyword.ElementKind, field.Name) is { } spec)
        {
            var fieldRange = coordinates.ToRange(chunk.Text, field.NameSpan);
            return new Hover(MarkupContent.Markdown($"**{field.Name}**: `{FieldForms.Form(spec, context.Taal)}`\n\n{FieldForms.Description(spec, context.Taal)}"), fieldRange);
        }

        if (word.Parent is ValueSyntax formulaValue && FormulaHover(folder.Model, formulaValue, context) is { } formulaText)
            return new Hover(MarkupContent.Markdown(formulaText), coordinates.ToRange(chunk.Text, formulaValue.Span));

        if (word.Parent is ValueSyntax && word.Ancestors().OfType<FieldSyntax>().FirstOrDefault() is { } valueField
            && (valueField.Parent as BlockSyntax)?.Parent is ElementSyntax valueOwner
            && FieldForms.Spec(valueOwner.Keyword.ElementKind, valueField.Name) is { } valueSpec
            && ValueWordHover.For(word, valueSpec, context.Taal) is { } valueText)
            return new Hover(MarkupContent.Markdown(valueText), range);

        if (word.Parent is ValueSyntax && !word.Ancestors().OfType<FieldSyntax>().Any()
            && word.Ancestors().OfType<ElementSyntax>().FirstOrDefault() is { } headerOwner
            && ElementSchemas.For(headerOwner.Keyword.ElementKind)?.HeaderValues is { } headerValues
            && ValueWordHover.ForHeader(word, headerValues, context.Taal) is { } headerText)
            return new Hover(MarkupContent.Markdown(headerText), range);

        if (word.Parent is ElementSyntax element && ReferenceEquals(element.Keyword, word)
            && ElementSchemas.For(word.ElementKind) is { } schema)
            return new Hover(MarkupContent.Markdown($"**{word.Text}**: {FieldForms.Description(schema, context.Taal)}"), range);

        return null;
    }

    /// <summary>A formula's value as the checker computes it (the same evaluator as PL4011–PL4014).</summary>
    private static string? FormulaHover(SemanticModel model, ValueSyntax value, RequestContext context)
    {
        foreach (var formula in model.Formulas)
        {
            if (!ReferenceEquals(formula.Owner.Tree?.Root, value.Ancestors().LastOrDefault()) || formula.Value.Span != value.Span) continue;
            if (Analysis.Rules.Formulas.FormulaValueText.Describe(formula) is not var (nl, en)) return null;
            return $"**{formula.Field}**: {Messages.Get(context.Taal, nl, en)}";
        }
        return null;
    }
}
