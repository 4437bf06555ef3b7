using System.Text.Json;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/completion: element keywords at the top level; field names and the kinds that
/// nest there inside a block; in a value, what the field takes: ids of the right kind in reference fields (wetten
/// included), units, choices, comparators, and the bronnen already used in the kader.
/// </summary>
public sealed class CompletionHandler : IRequestHandler
{
    public string Method => "textDocument/completion";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<TextDocumentPositionParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return new CompletionList(false, []);
        var coordinates = new EditorCoordinates(folder);
        if (coordinates.At(file, request.Position) is not var (chunk, offset)) return new CompletionList(false, []);
        var caret = CaretContext.At(chunk, offset);
        var range = coordinates.ToRange(chunk.Text, caret.ReplaceSpan);
        var items = caret.Place switch
        {
            CaretPlace.TopLevel => TopLevel(context.Settings),
            CaretPlace.Member => Members(caret, context.Settings),
            CaretPlace.Value => Values(caret, folder.Model, context),
            _ => [],
        };
        return new CompletionList(false, [.. items.Select(i => i with { TextEdit = new TextEdit(range, i.InsertText ?? i.Label) })]);
    }

    private static IEnumerable<CompletionItem> TopLevel(ServerSettings settings)
    {
        foreach (var schema in ElementKinds.AllowedIn(parent: null))
        {
            var word = schema.Keyword;
            yield return new CompletionItem(word, CompletionItemKinds.Keyword)
            {
                Detail = FieldForms.Description(schema, settings.Taal),
                InsertText = settings.SnippetSupport ? Snippet(schema) : word + " ",
                InsertTextFormat = settings.SnippetSupport ? 2 : 1,
            };
        }
    }

    /// <summary>A post or rij carries its figures after the title; every other element has an id and a block.</summary>
    private static string Snippet(ElementSchema schema) => schema.HeaderValues is not null
        ? $"{schema.Keyword} \"${{1:titel}}\": $0"
        : $"{schema.Keyword} ${{1:Naam}} \"${{2:titel}}\" {{\n  $0\n}}";

    private static IEnumerable<CompletionItem> Members(CaretContext caret, ServerSettings settings)
    {
        if (ElementSchemas.For(caret.ElementKind) is not { } schema) yield break;
        var present = caret.Element!.Members.OfType<FieldSyntax>().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var spec in schema.Fields.Values)
        {
            if (present.Contains(spec.Name) && !spec.Repeatable && !IsTyping(caret, spec.Name)) continue;
            yield return new CompletionItem(spec.Name, CompletionItemKinds.Property)
            {
                Detail = FieldForms.Form(spec, settings.Taal),
                Documentation = MarkupContent.Markdown(FieldForms.Description(spec, settings.Taal)),
                InsertText = spec.Name + ": ",
                SortText = (schema.RequiredFields.Contains(spec.Name) ? "0" : "1") + spec.Name,
            };
        }
        foreach (var nested in ElementKinds.AllowedIn(caret.ElementKind))
        {
            var word = nested.Keyword;
            yield return new CompletionItem(word, CompletionItemKinds.Keyword)
            {
                InsertText = settings.SnippetSupport ? Snippet(nested) : word + " ",
                InsertTextFormat = settings.SnippetSupport ? 2 : 1,
                SortText = "2" + word,
            };
        }
    }

    /// <summary>The half-typed word is the field's own name (the parser already took it as that field).</summary>
    private static bool IsTyping(CaretContext caret, string name) => caret.Word?.Parent is FieldSyntax field && field.Name == name;

    private static IEnumerable<CompletionItem> Values(CaretContext caret, SemanticModel model, RequestContext context)
    {
        var taal = context.Taal;
        if (caret.InHeaderValues)
        {
            yield return new CompletionItem("€", CompletionItemKinds.Unit) { InsertText = "€ ", Detail = Messages.Get(taal, "bedrag", "amount") };
            yield break;
        }
        if (caret.Spec is not { } spec) yield break;

        if (spec.ReferenceKinds.Count > 0)
        {
            var self = caret.Element?.Identifier?.Text;
            foreach (var symbol in model.AllSymbols.Where(s => s.Id is not null && s.Id != self && spec.ReferenceKinds.Contains(s.Kind)).OrderBy(s => s.Id, StringComparer.Ordinal))
                yield return new CompletionItem(symbol.Id!, SymbolKindMap.CompletionKindOf(symbol.Kind))
                {
                    Detail = $"{symbol.Kind.Word()} · {symbol.Title}",
                    SortText = (symbol.IsBuiltin ? "1" : "0") + symbol.Id,
                };
        }

        switch (spec.Type)
        {
            case FieldType.Unit:
                foreach (var unit in FieldForms.Units) yield return new CompletionItem(unit, CompletionItemKinds.Unit) { InsertText = unit + (unit is "percentage van" or "per" ? " " : "") };
                break;
            case FieldType.Choice:
                foreach (var choice in spec.Choices) yield return new CompletionItem(choice, CompletionItemKinds.EnumMember);
                break;
            case FieldType.YesNo:
                foreach (var answer in ValueWords.YesNo.Words) yield return new CompletionItem(answer, CompletionItemKinds.EnumMember);
                break;
            case FieldType.Target:
                foreach (var comparator in FieldForms.Comparators) yield return new CompletionItem(comparator, CompletionItemKinds.Keyword) { InsertText = comparator + " " };
                // issue 13 item 6: the targets relative to the nulmeting that open a value
                foreach (var relative in FieldForms.RelativeTargetOpenings) yield return new CompletionItem(relative, CompletionItemKinds.Keyword) { InsertText = relative + " " };
                break;
            case FieldType.Money:
                yield return new CompletionItem("€", CompletionItemKinds.Unit) { InsertText = "€ " };
                break;
            case FieldType.DateBy:
                foreach (var body in ValueWords.Bodies.Words) yield return new CompletionItem("door " + body, CompletionItemKinds.Keyword);
                break;
            case FieldType.Formula:
                // What a formula can name (docs/language.md §6a), then its words; functions open their '('.
                foreach (var symbol in model.AllSymbols.Where(s => s.Id is not null && s.Kind is ElementKind.Rij or ElementKind.Tabel or ElementKind.Feit or ElementKind.Indicator or ElementKind.Post)
                             .OrderBy(s => s.Id, StringComparer.Ordinal))
                    yield return new CompletionItem(symbol.Id!, SymbolKindMap.CompletionKindOf(symbol.Kind)) { Detail = $"{symbol.Kind.Word()} · {symbol.Title}", SortText = "0" + symbol.Id };
                foreach (var entry in ValueWords.FormulaWords.Entries)
                    yield return new CompletionItem(entry.Dutch, CompletionItemKinds.Keyword)
                    {
                        InsertText = entry.Meaning <= FormulaWord.Max || entry.Meaning == FormulaWord.Every ? entry.Dutch + "(" : entry.Dutch + " ",
                        Detail = Messages.Get(taal, "formulewoord", "formula word") + " · " + entry.English,
                        SortText = "1" + entry.Dutch,
                    };
                break;
        }

        if (spec.Name == FieldNames.Bron)
        {
            // Bronnen: the sources the kader already names, so the same source is spelled the same way.
            var bronnen = model.Elements.SelectMany(e => e.AllFields(FieldNames.Bron))
                .SelectMany(f => f.Values)
                .Select(v => v switch { TextValue t => "\"" + t.Text + "\"", WordValue w => w.Word, ReferenceValue r => r.Name, _ => null })
                .OfType<string>()
                .Concat(model.OfKind(ElementKind.Document).Select(d => d.Id).OfType<string>())
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var bron in bronnen) yield return new CompletionItem(bron, CompletionItemKinds.Value) { Detail = FieldNames.Bron };
        }
        if (spec.Name is FieldNames.Eigenaar or FieldNames.Door)
            foreach (var owner in ValueWords.Bodies.Words) yield return new CompletionItem(owner, CompletionItemKinds.Value);
    }
}
