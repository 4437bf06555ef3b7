using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/signatureHelp for field values: how the value is written ("[maximaal | minimaal]
/// waarde in jaar") with the field's meaning; for a post's amounts one parameter per begroting
/// year, the one being typed highlighted.
/// </summary>
public sealed class SignatureHelpHandler : IRequestHandler
{
    public string Method => "textDocument/signatureHelp";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return null;
        if (new EditorCoordinates(folder).At(file, request.Position) is not var (chunk, offset)) return null;
        var caret = CaretContext.At(chunk, offset);
        if (caret.Place != CaretPlace.Value) return null;
        var taal = context.Taal;

        if (caret.InHeaderValues && caret.Element is { } element && SyntaxLocator.SymbolOf(folder.Model, element) is { Kind: ElementKind.Post } post)
        {
            var years = BudgetMath.YearsOf(post);
            if (years.Count == 0) return null;
            var label = $"{post.Kind.Word()} \"…\": " + string.Join(", ", years.Select(y => $"€ {y}"));
            var parameterInfos = years.Select(y => new ParameterInformation($"€ {y}", MarkupContent.Markdown(Messages.Get(taal, $"het bedrag voor {y}", $"the amount for {y}")))).ToArray();
            return new SignatureHelp([new SignatureInformation(label, MarkupContent.Markdown(Messages.Get(taal, "Eén bedrag per begrotingsjaar, in volgorde.", "One amount per budget year, in order."))
                , parameterInfos)], 0, Math.Min(caret.ValueIndex, years.Count - 1));
        }

        if (caret.Spec is not { } spec) return null;
        var form = FieldForms.Form(spec, taal);
        return new SignatureHelp([new SignatureInformation($"{spec.Name}: {form}", MarkupContent.Markdown(FieldForms.Description(spec, taal)),
            [new ParameterInformation(form, null)])], 0, 0);
    }
}
