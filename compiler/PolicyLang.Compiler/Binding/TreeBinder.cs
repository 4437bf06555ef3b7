using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>
/// What binding finds in one tree on its own: its elements with their fields read, the diagnostics
/// of that, the references still to resolve (in source order) and the elements that name what
/// they contribute to (the only ones a cycle can start from).
/// </summary>
internal sealed record TreeBinding(SyntaxTree Tree, ImmutableArray<ElementSymbol> Elements, ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<PendingReference> References, ImmutableArray<ElementSymbol> Contributors);

/// <summary>A name in a reference field, to be resolved when all trees are known.</summary>
internal readonly record struct PendingReference(ElementSymbol Owner, string Field, FieldSpec Spec, ReferenceValue Value);

/// <summary>
/// The part of binding that needs nothing but the tree itself: declaring its elements (nesting
/// included) and reading every field against the schema. Because it depends on no other tree, its
/// result can be reused for as long as the tree is (<see cref="BindingCache"/>); what crosses
/// trees (ids, references, cycles) is the <see cref="Binder"/>'s.
/// </summary>
internal sealed class TreeBinder
{
    private readonly SyntaxTree _tree;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<ElementSymbol> _elements = [];
    private readonly List<PendingReference> _references = [];
    private readonly List<ElementSymbol> _contributors = [];
    private readonly Dictionary<string, FieldSyntax> _seen = new(StringComparer.Ordinal);

    private TreeBinder(SyntaxTree tree) => _tree = tree;

    public static TreeBinding Bind(SyntaxTree tree)
    {
        var binder = new TreeBinder(tree);
        foreach (var element in tree.Root.Elements) binder.Declare(element, parent: null);
        if (binder._elements.Count > 0)
        {
            var syntaxErrors = tree.Diagnostics.Select(d => d.Span.Start).ToHashSet();
            var reader = new ValueReader(tree.Text, binder._diagnostics, syntaxErrors);
            foreach (var symbol in binder._elements) binder.BindFields(symbol, reader);
        }
        return new TreeBinding(tree, [.. binder._elements], binder._diagnostics.ToImmutable(), [.. binder._references], [.. binder._contributors]);
    }

    private void Declare(ElementSyntax syntax, ElementSymbol? parent)
    {
        var symbol = new ElementSymbol(syntax.Keyword.ElementKind, syntax.Identifier?.Text, syntax.Title, syntax, _tree, parent);
        _elements.Add(symbol);
        parent?.AddChild(symbol);
        if (syntax.Block is { } block)
            foreach (var member in block.Members)
                if (member is ElementSyntax nested) Declare(nested, symbol);
    }

    private void BindFields(ElementSymbol symbol, ValueReader reader)
    {
        var syntax = symbol.Syntax!;
        var schema = ElementSchemas.For(symbol.Kind);
        if (schema is null) return; // unknown kind: the parser reported it; checking its fields would only cascade

        if (symbol.Id is null && schema.IdRequired)
            _diagnostics.Add(DiagnosticBuilder.MissingId(At(syntax.Keyword.Span), symbol.Kind.Word()));
        if (syntax.Titles.IsEmpty && symbol.Id is not null)
            _diagnostics.Add(DiagnosticBuilder.MissingTitle(At(syntax.Identifier!.Span), symbol.Kind.Word(), symbol.Id));

        if (syntax.Values is not null)
        {
            if (schema.HeaderValues is { } headerType)
                symbol.HeaderValues = ReadAll(reader, null, headerType, symbol.Kind.Word(), syntax.Values.Items, syntax.Values.Items.Length);
            else
                _diagnostics.Add(DiagnosticBuilder.ValuesNotAllowed(At(syntax.Colon!.Span), symbol.Kind.Word()));
        }

        // Plain loops and one reused dictionary: this runs for every element of every tree.
        var seen = _seen;
        seen.Clear();
        if (syntax.Block is { } block)
        {
            foreach (var member in block.Members)
            {
                if (member is not FieldSyntax field) continue;
                var name = field.Name;
                if (!schema.Fields.TryGetValue(name, out var spec))
                {
                    var suggestion = Spelling.Closest(name, schema.Fields.Keys);
                    _diagnostics.Add(DiagnosticBuilder.UnknownField(At(field.NameSpan), name, symbol.Kind.Word(), suggestion));
                    continue;
                }
                if (seen.TryGetValue(name, out var first) && !spec.Repeatable)
                {
                    _diagnostics.Add(DiagnosticBuilder.DuplicateField(At(field.NameSpan), name, At(first.NameSpan)));
                    continue;
                }
                seen.TryAdd(name, field);

                var items = field.Values.Items;
                if (!spec.Many && items.Length > 1)
                    _diagnostics.Add(DiagnosticBuilder.TooManyValues(At(ExtraValuesSpan(field.Values)), name));
                var values = ReadAll(reader, spec, spec.Type, spec.Name, items, spec.Many ? items.Length : Math.Min(1, items.Length));
                if (spec.ReferenceKinds.Count > 0) values = NoteReferences(symbol, name, spec, field, values);
                symbol.AddField(new BoundField(name, field, values));
            }
        }

        List<string>? missing = null; // stays null for nearly every element: this runs for all of them
        foreach (var required in schema.RequiredFields)
            if (!seen.ContainsKey(required)) (missing ??= []).Add(required);
        if (symbol.Kind == ElementKind.Kader && !seen.ContainsKey(FieldNames.Gemeente) && !seen.ContainsKey(FieldNames.Gemeenten)) (missing ??= []).Add(FieldNames.Gemeente);
        if (missing is not null) ReportMissingFields(symbol, missing);
    }

    /// <summary>
    /// The first <paramref name="count"/> values read, against the field's whole spec (choices, a
    /// choice with a year) or, for header values (<paramref name="spec"/> null), as
    /// <paramref name="type"/>; those that do not bind are left out (their diagnostic is reported).
    /// </summary>
    private static ImmutableArray<BoundValue> ReadAll(ValueReader reader, FieldSpec? spec, FieldType type, string fieldName,
        ImmutableArray<ValueSyntax> items, int count)
    {
        if (count == 0) return [];
        var values = new BoundValue[count];
        var bound = 0;
        for (var i = 0; i < count; i++)
            if ((spec is not null ? reader.Read(spec, items[i]) : reader.Read(type, fieldName, items[i])) is { } value) values[bound++] = value;
        if (bound < count) Array.Resize(ref values, bound);
        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    /// <summary>Every PL2018 of the element offers every missing field: the bag keeps only the first (one place, one code).</summary>
    private void ReportMissingFields(ElementSymbol symbol, List<string> missing)
    {
        var fixes = MissingFieldFix.For(symbol.Syntax!, _tree.Text, missing);
        foreach (var field in missing)
            _diagnostics.Add(DiagnosticBuilder.MissingRequiredField(symbol.Location!, symbol.Kind.Word(), field, fixes));
    }

    /// <summary>
    /// From the first extra value to the last: an empty value ("a, , b" or a trailing comma) has no
    /// span of its own, so the separators mark where the extra values are.
    /// </summary>
    private static TextSpan ExtraValuesSpan(ValueListSyntax list)
    {
        var start = list.Separators[0].End;
        var end = list.Separators[^1].End;
        for (var i = 1; i < list.Items.Length; i++)
        {
            if (list.Items[i].IsEmpty) continue;
            if (i == 1) start = list.Items[i].Span.Start;
            end = Math.Max(end, list.Items[i].Span.End);
        }
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// Gives each reference of a field its tree and its slot (its index among the tree's references),
    /// so that a model finds its target by index, and notes it for linking; returns the values with
    /// those references.
    /// </summary>
    private ImmutableArray<BoundValue> NoteReferences(ElementSymbol symbol, string name, FieldSpec spec, FieldSyntax field, ImmutableArray<BoundValue> values)
    {
        var numbered = new BoundValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not ReferenceValue read) { numbered[i] = values[i]; continue; }
            var reference = read with { Tree = _tree, Index = _references.Count };
            numbered[i] = reference;
            _references.Add(new PendingReference(symbol, name, spec, reference));
        }
        if (name == FieldNames.DraagtBijAan && (_contributors.Count == 0 || _contributors[^1] != symbol)) _contributors.Add(symbol);
        if (name == FieldNames.Tussen && values.Length < 2 && !field.Values.Items.Any(i => i.IsEmpty))
            _diagnostics.Add(DiagnosticBuilder.TooFewReferences(At(field.NameSpan), name, 2));
        return ImmutableCollectionsMarshal.AsImmutableArray(numbered);
    }

    private Location At(TextSpan span) => new(_tree.Text, span);
}
