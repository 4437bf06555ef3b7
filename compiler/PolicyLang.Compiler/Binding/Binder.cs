using System.Collections.Immutable;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>
/// Binds all files of one compilation. Each tree is first bound on its own (<see cref="TreeBinder"/>:
/// its elements and fields, reusable through a <see cref="BindingCache"/>); this class then does what
/// crosses trees: ids and their duplicates, the one kader, references and cycles in the hierarchy.
/// </summary>
internal sealed class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, ElementSymbol> _byId = new(StringComparer.Ordinal);
    // Built-in wetten whose id an element took (PL2021): a field that expects a wet still means the wet.
    private readonly Dictionary<string, ElementSymbol> _shadowedWetten = new(StringComparer.Ordinal);
    private readonly List<ElementSymbol> _elements = [];
    private readonly List<ReferenceSite> _references = [];
    private readonly Dictionary<SyntaxTree, int> _firstReference = [];
    // Keyed by the schema's list itself: one per kind of reference field, made when first needed.
    private readonly Dictionary<IReadOnlyList<ElementKind>, Spelling.Index> _spellingIndexes = new(ReferenceEqualityComparer.Instance);

    private readonly BindingCache? _cache;
    private readonly FilePositions _positions;

    public Binder(ImmutableArray<SyntaxTree> trees, BindingCache? cache = null, FilePositions? positions = null)
    {
        _trees = trees;
        _cache = cache;
        _positions = positions ?? FilePositions.WholeFiles;
        _diagnostics = new DiagnosticBag(_positions);
    }

    public SemanticModel Bind()
    {
        foreach (var (id, title) in BuiltinWetten.All)
            _byId[id] = new ElementSymbol(ElementKind.Wet, id, title, null, null, null);

        var local = new List<Diagnostic>();
        var bindings = new TreeBinding[_trees.Length];
        int elements = 0, references = 0;
        for (var i = 0; i < _trees.Length; i++)
        {
            var binding = bindings[i] = _cache?.GetOrBind(_trees[i]) ?? TreeBinder.Bind(_trees[i]);
            elements += binding.Elements.Length;
            references += binding.References.Length;
            local.AddRange(binding.Diagnostics);
        }

        // Sized once: linking runs on every keystroke in the language server.
        _byId.EnsureCapacity(_byId.Count + elements);
        _firstReference.EnsureCapacity(_trees.Length);
        _elements.Capacity = elements;
        _references.Capacity = references;
        foreach (var binding in bindings)
            foreach (var symbol in binding.Elements) Declare(symbol);

        CheckKaderCount();
        foreach (var binding in bindings) ResolveReferences(binding);
        var table = new ReferenceTable([.. _references], _firstReference);
        CheckHierarchyCycles(bindings, table);
        // Formulas name rows by title and tables by id across files: bound once all ids are declared.
        var formulas = Formulas.FormulaBinder.BindAll(_elements, _byId, _diagnostics.Add);

        return new SemanticModel(_trees, [.. _elements], _byId, table, _positions, [.. local, .. _diagnostics.ToImmutable()], formulas);
    }

    // ---- declaration -----------------------------------------------------------------------

    /// <summary>
    /// Makes an element of a tree known by its id; the first of two with one id wins. An element
    /// that takes the id of a built-in wet is reported once, saying so, and wins over the wet: the
    /// references to the id mean the element the writer declared, except where a field expects a
    /// wet (`wet: Wsw`), which means the wet; so they add no further errors (issue 15 item 12a).
    /// </summary>
    private void Declare(ElementSymbol symbol)
    {
        _elements.Add(symbol);
        if (symbol.Id is not { } id) return;
        if (_byId.TryGetValue(id, out var existing))
        {
            var at = At(symbol.Tree!, symbol.Syntax!.Identifier!.Span);
            if (existing.Syntax is null && existing.Kind == ElementKind.Wet)
            {
                _diagnostics.Add(DiagnosticBuilder.IdOfBuiltinWet(at, id, existing.Title));
                _shadowedWetten[id] = existing;
                _byId[id] = symbol;
            }
            else
                _diagnostics.Add(DiagnosticBuilder.DuplicateId(at, id, existing.Location));
        }
        else
            _byId[id] = symbol;
    }

    private void CheckKaderCount()
    {
        var kaders = new List<ElementSymbol>(1);
        foreach (var element in _elements)
            if (element.Kind == ElementKind.Kader) kaders.Add(element);
        foreach (var extra in kaders.Skip(1))
            _diagnostics.Add(DiagnosticBuilder.MultipleKaders(extra.Location!, kaders[0].Location!));
        if (kaders.Count == 0 && _elements.Count > 0)
            _diagnostics.Add(DiagnosticBuilder.NoKader(_elements[0].Location!));
    }

    // ---- references ------------------------------------------------------------------------

    private void ResolveReferences(TreeBinding binding)
    {
        // The tree's references take the next slots, in their order: a reference's index is its slot's offset from here.
        if (binding.References.Length > 0) _firstReference[binding.Tree] = _references.Count;
        foreach (var (owner, field, spec, reference) in binding.References)
            _references.Add(new ReferenceSite(owner.Tree!, reference.Span, reference.Name, owner, field, Resolve(owner, reference, spec)));
    }

    private ElementSymbol? Resolve(ElementSymbol owner, ReferenceValue reference, FieldSpec spec)
    {
        var at = At(owner.Tree!, reference.Span);
        if (!_byId.TryGetValue(reference.Name, out var target))
        {
            // A dangling "zie ook" is the source document's own mistake, a finding (PL3025).
            if (spec.Name == FieldNames.ZieOok) return null;
            _diagnostics.Add(DiagnosticBuilder.UndefinedReference(at, reference.Name, SpellingIndexFor(spec).Closest(reference.Name)));
            return null;
        }
        if (target.Kind != ElementKind.Unknown && !spec.ReferenceKinds.Contains(target.Kind))
        {
            if (_shadowedWetten.TryGetValue(reference.Name, out var wet) && spec.ReferenceKinds.Contains(ElementKind.Wet)) return wet;
            _diagnostics.Add(DiagnosticBuilder.WrongKind(at, reference.Name, target.Kind.Word(), ElementKinds.Describe(spec.ReferenceKinds), ElementKinds.DescribeEn(spec.ReferenceKinds), target.Location));
            return null;
        }
        return target;
    }

    /// <summary>
    /// The ids a reference field may name, indexed once per kind of field: 10,000 near-miss
    /// references each compared against every id took 54 s.
    /// </summary>
    private Spelling.Index SpellingIndexFor(FieldSpec spec)
    {
        if (!_spellingIndexes.TryGetValue(spec.ReferenceKinds, out var index))
            _spellingIndexes[spec.ReferenceKinds] = index = new Spelling.Index(
                _byId.Values.Where(s => spec.ReferenceKinds.Contains(s.Kind) && s.Id is not null).Select(s => s.Id!));
        return index;
    }

    /// <summary>
    /// PL2004: cycles in the <c>draagt bij aan</c> hierarchy. A depth-first walk with its own stack,
    /// not recursion: the depth is the length of a chain the user writes (25,000 doelen each
    /// contributing to the next overflowed the call stack).
    /// </summary>
    private void CheckHierarchyCycles(TreeBinding[] bindings, ReferenceTable table)
    {
        var done = new HashSet<ElementSymbol>();
        var onPath = new Dictionary<ElementSymbol, int>(); // element → its index on the current path
        var path = new List<ElementSymbol>();
        var pending = new Stack<(ElementSymbol Node, IEnumerator<ReferenceValue> References)>();
        var reported = new HashSet<string>();

        void Enter(ElementSymbol node)
        {
            onPath[node] = path.Count;
            path.Add(node);
            pending.Push((node, node.Values<ReferenceValue>(FieldNames.DraagtBijAan).GetEnumerator()));
        }

        void Walk(ElementSymbol start)
        {
            Enter(start);
            while (pending.Count > 0)
            {
                var (node, references) = pending.Peek();
                if (!references.MoveNext())
                {
                    references.Dispose();
                    pending.Pop();
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(node);
                    done.Add(node);
                    continue;
                }
                var reference = references.Current;
                if (table.TargetOf(reference) is not { } next || done.Contains(next)) continue;
                if (onPath.TryGetValue(next, out var from))
                {
                    var cycle = path.GetRange(from, path.Count - from);
                    var key = string.Join(",", cycle.Select(s => s.Id).Order());
                    if (reported.Add(key))
                    {
                        var text = string.Join(" → ", cycle.Append(next).Select(s => s.DisplayName));
                        _diagnostics.Add(DiagnosticBuilder.HierarchyCycle(At(node.Tree!, reference.Span), text));
                    }
                }
                else Enter(next);
            }
        }

        // Only an element that names what it contributes to can start a cycle (the others would be
        // visited and left at once), so the walk starts from those, in source order.
        foreach (var binding in bindings)
            foreach (var element in binding.Contributors)
                if (!done.Contains(element)) Walk(element);
    }

    private static Location At(SyntaxTree tree, TextSpan span) => new(tree.Text, span);
}
