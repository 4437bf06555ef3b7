using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.LanguageServer.Protocol;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Which LSP symbol (and completion) kind shows each element kind: the table's icon (<see cref="ElementSchema.Icon"/>).</summary>
public static class SymbolKindMap
{
    public static int Of(ElementKind kind) => IconOf(kind) switch
    {
        ElementIcon.Namespace => SymbolKinds.Namespace,
        ElementIcon.Event => SymbolKinds.Event,
        ElementIcon.Class => SymbolKinds.Class,
        ElementIcon.Property => SymbolKinds.Property,
        ElementIcon.Struct => SymbolKinds.Struct,
        ElementIcon.Field => SymbolKinds.Field,
        ElementIcon.Constant => SymbolKinds.Constant,
        ElementIcon.File => SymbolKinds.File,
        ElementIcon.Module => SymbolKinds.Module,
        ElementIcon.Method => SymbolKinds.Method,
        ElementIcon.Operator => SymbolKinds.Operator,
        ElementIcon.Number => SymbolKinds.Number,
        ElementIcon.Interface => SymbolKinds.Interface,
        _ => SymbolKinds.Object,
    };

    /// <summary>In a completion list only the icons of the kinds most often referred to stand out; every other id shows as a reference.</summary>
    public static int CompletionKindOf(ElementKind kind) => IconOf(kind) switch
    {
        ElementIcon.Constant => CompletionItemKinds.Constant,
        ElementIcon.Property => CompletionItemKinds.Property,
        ElementIcon.Class => CompletionItemKinds.Class,
        ElementIcon.Event => CompletionItemKinds.Event,
        ElementIcon.Module => CompletionItemKinds.Module,
        ElementIcon.Field => CompletionItemKinds.Field,
        _ => CompletionItemKinds.Reference,
    };

    private static ElementIcon IconOf(ElementKind kind) => ElementSchemas.For(kind)?.Icon ?? ElementIcon.Object;
}
