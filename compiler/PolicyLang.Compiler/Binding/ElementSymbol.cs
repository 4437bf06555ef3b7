using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding;

/// <summary>A field as the binder read it: its syntax and its values, in source order.</summary>
public sealed record BoundField(string Name, FieldSyntax Syntax, ImmutableArray<BoundValue> Values);

/// <summary>
/// One element of the kader: its kind, id, title, fields and (for begroting/post/tabel) its
/// nested lines. Built-in wetten have no syntax.
/// </summary>
public sealed class ElementSymbol
{
    private readonly List<BoundField> _fields = [];
    private readonly List<ElementSymbol> _children = [];

    internal ElementSymbol(ElementKind kind, string? id, string title, ElementSyntax? syntax, SyntaxTree? tree, ElementSymbol? parent)
    {
        Kind = kind;
        Id = id;
        Title = title;
        Syntax = syntax;
        Tree = tree;
        Parent = parent;
    }

    public ElementKind Kind { get; }
    public string? Id { get; }
    public string Title { get; }
    public ElementSyntax? Syntax { get; }
    public SyntaxTree? Tree { get; }
    public ElementSymbol? Parent { get; }
    public bool IsBuiltin => Syntax is null;

    /// <summary>Figures written after the title (post amounts, rij cells).</summary>
    public ImmutableArray<BoundValue> HeaderValues { get; internal set; } = [];

    public IReadOnlyList<BoundField> Fields => _fields;
    public IReadOnlyList<ElementSymbol> Children => _children;

    /// <summary>A name for messages: the id, or the title for anonymous posts and rows.</summary>
    public string DisplayName => Id ?? (Title.Length > 50 ? Title[..50] + "…" : Title);

    /// <summary>Where to point at the element: its id, else its keyword.</summary>
    public Location? Location => Syntax is null || Tree is null ? null
        : new Location(Tree.Text, (Syntax.Identifier ?? Syntax.Keyword).Span);

    public BoundField? Field(string name)
    {
        foreach (var field in _fields)
            if (field.Name == name) return field;
        return null;
    }

    public IEnumerable<BoundField> AllFields(string name) => _fields.Where(f => f.Name == name);

    /// <summary>All values of all occurrences of a field, of one value type.</summary>
    public IEnumerable<T> Values<T>(string name) where T : BoundValue
    {
        // Hand-written rather than LINQ: the analysis rules call this for every element, and the
        // usual case (no such field) then allocates only the iterator.
        foreach (var field in _fields)
            if (field.Name == name)
                foreach (var value in field.Values)
                    if (value is T typed) yield return typed;
    }

    public T? Value<T>(string name) where T : BoundValue
    {
        foreach (var field in _fields)
            if (field.Name == name)
                foreach (var value in field.Values)
                    if (value is T typed) return typed;
        return null;
    }

    /// <summary>The elements this one names in a reference field, resolved.</summary>
    public IEnumerable<ElementSymbol> Targets(string field)
    {
        foreach (var reference in Values<ReferenceValue>(field))
            if (reference.Target is { } target) yield return target;
    }

    public IEnumerable<ElementSymbol> DescendantsAndSelf() => new[] { this }.Concat(_children.SelectMany(c => c.DescendantsAndSelf()));

    internal void AddField(BoundField field) => _fields.Add(field);
    internal void AddChild(ElementSymbol child) => _children.Add(child);

    public override string ToString() => $"{Kind.Word()} {DisplayName}";
}

/// <summary>A place where a name is used; what it resolves to, if anything.</summary>
public sealed record ReferenceSite(SyntaxTree Tree, TextSpan Span, string Name, ElementSymbol Owner, string Field, ElementSymbol? Target);
