using System.Collections.Immutable;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>
/// Binds all files of one compilation: declares every element, reads every field against the
/// schema, resolves references and checks the hierarchy. One pass per concern, each small.
/// </summary>
internal sealed class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, ElementSymbol> _byId = new(StringComparer.Ordinal);
    private readonly List<ElementSymbol> _elements = [];
    private readonly List<ReferenceSite> _references = [];

    public Binder(ImmutableArray<SyntaxTree> trees) => _trees = trees;

    public SemanticModel Bind()
    {
        foreach (var (id, title) in BuiltinWetten.All)
            _byId[id] = new ElementSymbol(ElementKind.Wet, id, title, null, null, null);

        foreach (var tree in _trees)
            foreach (var element in tree.Root.Elements)
                Declare(element, tree, parent: null);

        CheckKaderCount();

        foreach (var elementsOfTree in _elements.GroupBy(e => e.Tree!))
        {
            var tree = elementsOfTree.Key;
            var syntaxErrors = tree.Diagnostics.Select(d => d.Span.Start).ToHashSet();
            var reader = new ValueReader(tree.Text, _diagnostics, syntaxErrors);
            foreach (var symbol in elementsOfTree) BindFields(symbol, reader);
        }

        foreach (var symbol in _elements) ResolveReferences(symbol);
        CheckHierarchyCycles();

        return new SemanticModel(_trees, [.. _elements], _byId, [.. _references], _diagnostics.ToImmutable());
    }

    // ---- declaration -----------------------------------------------------------------------

    private void Declare(ElementSyntax syntax, SyntaxTree tree, ElementSymbol? parent)
    {
        var kind = ElementKinds.FromKeyword(syntax.Keyword.Kind);
        var id = syntax.Identifier?.Text;
        var symbol = new ElementSymbol(kind, id, syntax.Title, syntax, tree, parent);
        _elements.Add(symbol);
        parent?.AddChild(symbol);

        if (id is not null)
        {
            if (_byId.TryGetValue(id, out var existing))
                _diagnostics.Add(DiagnosticBuilder.DuplicateId(At(tree, syntax.Identifier!.Span), id, existing.Location));
            else
                _byId[id] = symbol;
        }

        foreach (var nested in syntax.Members.OfType<ElementSyntax>()) Declare(nested, tree, symbol);
    }

    private void CheckKaderCount()
    {
        var kaders = _elements.Where(e => e.Kind == ElementKind.Kader).ToList();
        foreach (var extra in kaders.Skip(1))
            _diagnostics.Add(DiagnosticBuilder.MultipleKaders(extra.Location!, kaders[0].Location!));
        if (kaders.Count == 0 && _elements.Count > 0)
            _diagnostics.Add(DiagnosticBuilder.NoKader(_elements[0].Location!));
    }

    // ---- fields ----------------------------------------------------------------------------

    private void BindFields(ElementSymbol symbol, ValueReader reader)
    {
        var syntax = symbol.Syntax!;
        var tree = symbol.Tree!;
        var schema = ElementSchemas.For(symbol.Kind);
        if (schema is null) return; // unknown kind: the parser reported it; checking its fields would only cascade

        if (symbol.Id is null && schema.IdRequired)
            _diagnostics.Add(DiagnosticBuilder.MissingId(At(tree, syntax.Keyword.Span), symbol.Kind.Word()));
        if (syntax.Titles.IsEmpty && symbol.Id is not null)
            _diagnostics.Add(DiagnosticBuilder.MissingTitle(At(tree, syntax.Identifier!.Span), symbol.Kind.Word(), symbol.Id));

        if (syntax.Values is not null)
        {
            if (schema.HeaderValues is { } headerType)
                symbol.HeaderValues = [.. syntax.Values.Items.Select(v => reader.Read(headerType, symbol.Kind.Word(), v)).OfType<BoundValue>()];
            else
                _diagnostics.Add(DiagnosticBuilder.ValuesNotAllowed(At(tree, syntax.Colon!.Span), symbol.Kind.Word()));
        }

        var seen = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        foreach (var field in syntax.Members.OfType<FieldSyntax>())
        {
            var name = field.Name;
            if (!schema.Fields.TryGetValue(name, out var spec))
            {
                var suggestion = Spelling.Closest(name, schema.Fields.Keys);
                _diagnostics.Add(DiagnosticBuilder.UnknownField(At(tree, field.NameSpan), name, symbol.Kind.Word(), suggestion));
                continue;
            }
            if (seen.TryGetValue(name, out var first) && !spec.Repeatable)
            {
                _diagnostics.Add(DiagnosticBuilder.DuplicateField(At(tree, field.NameSpan), name, At(tree, first.NameSpan)));
                continue;
            }
            seen.TryAdd(name, field);

            var items = field.Values.Items;
            if (!spec.Many && items.Length > 1)
                _diagnostics.Add(DiagnosticBuilder.TooManyValues(At(tree, TextSpan.FromBounds(items[1].Span.Start, items[^1].Span.End)), name));
            var values = (spec.Many ? items : items.Take(1))
                .Select(item => reader.Read(spec, item))
                .OfType<BoundValue>()
                .ToImmutableArray();
            symbol.AddField(new BoundField(name, field, values));
        }

        foreach (var required in schema.RequiredFields)
            if (!seen.ContainsKey(required))
                _diagnostics.Add(DiagnosticBuilder.MissingRequiredField(symbol.Location!, symbol.Kind.Word(), required));
        if (symbol.Kind == ElementKind.Kader && !seen.ContainsKey("gemeente") && !seen.ContainsKey("gemeenten"))
            _diagnostics.Add(DiagnosticBuilder.MissingRequiredField(symbol.Location!, "kader", "gemeente"));
    }

    // ---- references ------------------------------------------------------------------------

    private void ResolveReferences(ElementSymbol symbol)
    {
        var schema = ElementSchemas.For(symbol.Kind);
        if (schema is null) return;
        foreach (var field in symbol.Fields)
        {
            var spec = schema.Fields[field.Name];
            if (spec.ReferenceKinds.Count == 0) continue;
            foreach (var reference in field.Values.OfType<ReferenceValue>())
            {
                reference.Target = Resolve(symbol, reference, spec);
                _references.Add(new ReferenceSite(symbol.Tree!, reference.Span, reference.Name, symbol, field.Name, reference.Target));
            }
            if (field.Name == "tussen" && field.Values.Length < 2 && !field.Syntax.Values.Items.Any(i => i.IsEmpty))
                _diagnostics.Add(DiagnosticBuilder.TooFewReferences(At(symbol.Tree!, field.Syntax.NameSpan), field.Name, 2));
        }
    }

    private ElementSymbol? Resolve(ElementSymbol owner, ReferenceValue reference, FieldSpec spec)
    {
        var at = At(owner.Tree!, reference.Span);
        if (!_byId.TryGetValue(reference.Name, out var target))
        {
            var candidates = _byId.Values.Where(s => spec.ReferenceKinds.Contains(s.Kind) && s.Id is not null).Select(s => s.Id!);
            _diagnostics.Add(DiagnosticBuilder.UndefinedReference(at, reference.Name, Spelling.Closest(reference.Name, candidates)));
            return null;
        }
        if (target.Kind != ElementKind.Unknown && !spec.ReferenceKinds.Contains(target.Kind))
        {
            _diagnostics.Add(DiagnosticBuilder.WrongKind(at, reference.Name, target.Kind.Word(), ElementKinds.Describe(spec.ReferenceKinds), ElementKinds.DescribeEn(spec.ReferenceKinds), target.Location));
            return null;
        }
        return target;
    }

    private void CheckHierarchyCycles()
    {
        var state = new Dictionary<ElementSymbol, int>(); // 1 = on the current path, 2 = done
        var path = new List<ElementSymbol>();
        var reported = new HashSet<string>();

        void Visit(ElementSymbol node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var reference in node.Values<ReferenceValue>("draagt bij aan"))
            {
                if (reference.Target is not { } next) continue;
                if (state.GetValueOrDefault(next) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(next)).ToList();
                    var key = string.Join(",", cycle.Select(s => s.Id).Order());
                    if (reported.Add(key))
                    {
                        var text = string.Join(" → ", cycle.Append(next).Select(s => s.DisplayName));
                        _diagnostics.Add(DiagnosticBuilder.HierarchyCycle(At(node.Tree!, reference.Span), text));
                    }
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var element in _elements)
            if (state.GetValueOrDefault(element) == 0) Visit(element);
    }

    private static Location At(SyntaxTree tree, TextSpan span) => new(tree.Text, span);
}
