using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>
/// What the binder knows about one compilation: every element, every reference and the binding
/// diagnostics. Immutable; the language server answers its requests from it. The element symbols
/// may be shared with other models (cached per tree); what a reference resolves to is this model's
/// own (<see cref="TargetOf"/>, <see cref="Targets"/>).
/// </summary>
public sealed class SemanticModel
{
    private readonly IReadOnlyDictionary<string, ElementSymbol> _byId;
    private readonly ReferenceTable _references;

    internal SemanticModel(ImmutableArray<SyntaxTree> trees, ImmutableArray<ElementSymbol> elements,
        IReadOnlyDictionary<string, ElementSymbol> byId, ReferenceTable references, FilePositions positions, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<Formulas.BoundFormula> formulas = default)
    {
        Formulas = formulas.IsDefault ? [] : formulas;
        Positions = positions;
        Trees = trees;
        Elements = elements;
        _byId = byId;
        _references = references;
        Diagnostics = diagnostics;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>Every formula of the compilation, bound (Binding/Formulas): its names' targets and its type.</summary>
    public ImmutableArray<Formulas.BoundFormula> Formulas { get; }

    /// <summary>The bound formula of one value, or null.</summary>
    public Formulas.BoundFormula? FormulaOf(Values.FormulaValue value)
    {
        foreach (var formula in Formulas) if (ReferenceEquals(formula.Value, value)) return formula;
        return null;
    }

    /// <summary>Where each tree's text lies in its file: identity for whole files, the chunks' starts in incremental analysis.</summary>
    public FilePositions Positions { get; }

    /// <summary>All declared elements (nested posts and rows included), in source order per file.</summary>
    public ImmutableArray<ElementSymbol> Elements { get; }
    public ImmutableArray<ReferenceSite> References => _references.Sites;
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ElementSymbol? Kader => Elements.FirstOrDefault(e => e.Kind == ElementKind.Kader);

    /// <summary>Looks up an id, built-in wetten included.</summary>
    public ElementSymbol? Lookup(string id) => _byId.TryGetValue(id, out var symbol) ? symbol : null;

    public IEnumerable<ElementSymbol> AllSymbols => _byId.Values;

    public IEnumerable<ElementSymbol> OfKind(ElementKind kind) => Elements.Where(e => e.Kind == kind);

    /// <summary>The element a reference resolves to in this compilation; null if it does not resolve (or is not of this compilation).</summary>
    public ElementSymbol? TargetOf(ReferenceValue reference) => _references.TargetOf(reference);

    /// <summary>
    /// The elements an element names in a reference field, resolved, in order (a struct enumerable:
    /// the analysis rules ask this of every element on every run, and <c>foreach</c> allocates nothing).
    /// </summary>
    public FieldTargets Targets(ElementSymbol element, string field) => new(_references, element, field);

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
