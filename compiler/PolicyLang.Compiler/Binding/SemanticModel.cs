using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>
/// What the binder knows about one compilation: every element, every reference and the binding
/// diagnostics. Immutable; the language server answers its requests from it.
/// </summary>
public sealed class SemanticModel
{
    private readonly IReadOnlyDictionary<string, ElementSymbol> _byId;

    internal SemanticModel(ImmutableArray<SyntaxTree> trees, ImmutableArray<ElementSymbol> elements,
        IReadOnlyDictionary<string, ElementSymbol> byId, ImmutableArray<ReferenceSite> references, ImmutableArray<Diagnostic> diagnostics)
    {
        Trees = trees;
        Elements = elements;
        _byId = byId;
        References = references;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>All declared elements (nested posts and rows included), in source order per file.</summary>
    public ImmutableArray<ElementSymbol> Elements { get; }
    public ImmutableArray<ReferenceSite> References { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ElementSymbol? Kader => Elements.FirstOrDefault(e => e.Kind == ElementKind.Kader);

    /// <summary>Looks up an id, built-in wetten included.</summary>
    public ElementSymbol? Lookup(string id) => _byId.TryGetValue(id, out var symbol) ? symbol : null;

    public IEnumerable<ElementSymbol> AllSymbols => _byId.Values;

    public IEnumerable<ElementSymbol> OfKind(ElementKind kind) => Elements.Where(e => e.Kind == kind);

    public IEnumerable<ReferenceSite> ReferencesTo(ElementSymbol symbol) => References.Where(r => r.Target == symbol);

    /// <summary>The element declared or referenced at a position of a file, if any.</summary>
    public ElementSymbol? SymbolAt(SyntaxTree tree, int position)
    {
        foreach (var element in Elements)
            if (element.Tree == tree && element.Syntax?.Identifier is { } id && id.Span.ContainsOrTouches(position))
                return element;
        foreach (var reference in References)
            if (reference.Tree == tree && reference.Span.ContainsOrTouches(position))
                return reference.Target;
        return null;
    }
}
