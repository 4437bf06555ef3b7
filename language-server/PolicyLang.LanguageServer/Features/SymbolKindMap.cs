using PolicyLang.Binding;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Which LSP symbol (and completion) kind shows each element kind: chosen for a recognisable icon.</summary>
public static class SymbolKindMap
{
    public static int Of(ElementKind kind) => kind switch
    {
        ElementKind.Kader => SymbolKinds.Namespace,
        ElementKind.Ambitie => SymbolKinds.Event,
        ElementKind.Doel => SymbolKinds.Class,
        ElementKind.Indicator => SymbolKinds.Property,
        ElementKind.Begroting or ElementKind.Tabel => SymbolKinds.Struct,
        ElementKind.Post or ElementKind.Rij => SymbolKinds.Field,
        ElementKind.Wet => SymbolKinds.Constant,
        ElementKind.Document => SymbolKinds.File,
        ElementKind.Thema => SymbolKinds.Module,
        ElementKind.Maatregel => SymbolKinds.Method,
        ElementKind.Risico => SymbolKinds.Operator,
        ElementKind.Feit => SymbolKinds.Number,
        ElementKind.Spanning => SymbolKinds.Interface,
        _ => SymbolKinds.Object,
    };

    public static int CompletionKindOf(ElementKind kind) => kind switch
    {
        ElementKind.Wet => CompletionItemKinds.Constant,
        ElementKind.Indicator => CompletionItemKinds.Property,
        ElementKind.Doel => CompletionItemKinds.Class,
        ElementKind.Ambitie => CompletionItemKinds.Event,
        ElementKind.Thema => CompletionItemKinds.Module,
        ElementKind.Post or ElementKind.Rij => CompletionItemKinds.Field,
        _ => CompletionItemKinds.Reference,
    };
}
