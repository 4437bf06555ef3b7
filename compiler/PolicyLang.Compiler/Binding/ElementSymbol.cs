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
    private readonly List<BoundField> _fields;
    private List<ElementSymbol>? _children; // made for the first nested line: most elements have none

    internal ElementSymbol(ElementKind kind, string? id, string title, ElementSyntax? syntax, SyntaxTree? tree, ElementSymbol? parent)
    {
        // Sized by the block's members (fields and nested lines): one array per element, not a growing list.
        _fields = new List<BoundField>(syntax?.Block?.Members.Length ?? 0);
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
    public IReadOnlyList<ElementSymbol> Children => _children ?? (IReadOnlyList<ElementSymbol>)[];

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

    /// <summary>
    /// All values of all occurrences of a field, of one value type. A struct enumerable: the
    /// analysis rules loop over fields of every element on every run, and <c>foreach</c> over it
    /// allocates nothing (LINQ over it still works, through the interface).
    /// </summary>
    public FieldValues<T> Values<T>(string name) where T : BoundValue => new(_fields, name);

    public T? Value<T>(string name) where T : BoundValue
    {
        foreach (var field in _fields)
            if (field.Name == name)
                foreach (var value in field.Values)
                    if (value is T typed) return typed;
        return null;
    }

    public IEnumerable<ElementSymbol> DescendantsAndSelf() => new[] { this }.Concat(Children.SelectMany(c => c.DescendantsAndSelf()));

    /// <summary>The fields as the binder keeps them, for the allocation-free enumerations.</summary>
    internal List<BoundField> FieldList => _fields;

    internal void AddField(BoundField field) => _fields.Add(field);
    internal void AddChild(ElementSymbol child) => (_children ??= []).Add(child);

    public override string ToString() => $"{Kind.Word()} {DisplayName}";
}

/// <summary>The values of one type in the fields of one name, in order; enumerated without allocation.</summary>
public readonly struct FieldValues<T>(List<BoundField> fields, string name) : IEnumerable<T> where T : BoundValue
{
    public Enumerator GetEnumerator() => new(fields, name);
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(List<BoundField> fields, string name) : IEnumerator<T>
    {
        private int _field = -1;
        private int _value = -1;

        public T Current { get; private set; } = null!;
        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (true)
            {
                if (_field >= fields.Count) return false; // finished (and asked again)
                if (_field >= 0)
                {
                    var values = fields[_field].Values;
                    while (++_value < values.Length)
                        if (values[_value] is T typed) { Current = typed; return true; }
                }
                do { if (++_field >= fields.Count) return false; } while (fields[_field].Name != name);
                _value = -1;
            }
        }

        public void Reset() => (_field, _value) = (-1, -1);
        public readonly void Dispose() { }
    }
}

/// <summary>
/// The resolved targets of the references in an element's fields of one name, in order, as one model
/// resolves them (<see cref="SemanticModel.Targets"/>); enumerated without allocation.
/// </summary>
public readonly struct FieldTargets : IEnumerable<ElementSymbol>
{
    private readonly ReferenceTable _table;
    private readonly ElementSymbol _element;
    private readonly string _name;

    internal FieldTargets(ReferenceTable table, ElementSymbol element, string name) => (_table, _element, _name) = (table, element, name);

    public Enumerator GetEnumerator() => new(_table, _element, _name);
    IEnumerator<ElementSymbol> IEnumerable<ElementSymbol>.GetEnumerator() => GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<ElementSymbol>
    {
        private const int NotLookedUp = -2;
        private readonly ReferenceTable _table;
        private readonly SyntaxTree? _tree;
        // The tree's first slot, looked up at the first reference: most elements asked (every
        // element, for "draagt bij aan", on every analysis run) have none and need no look-up.
        private int _first = NotLookedUp;
        private FieldValues<ReferenceValue>.Enumerator _references;

        internal Enumerator(ReferenceTable table, ElementSymbol element, string name)
        {
            _table = table;
            _tree = element.Tree;
            _references = new(element.FieldList, name);
            Current = null!;
        }

        public ElementSymbol Current { get; private set; }
        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (_references.MoveNext())
            {
                if (_first == NotLookedUp) _first = _table.FirstSiteOf(_tree);
                if (_table.TargetAt(_first, _references.Current) is { } target) { Current = target; return true; }
            }
            return false;
        }

        public void Reset() => _references.Reset();
        public readonly void Dispose() { }
    }
}

/// <summary>A place where a name is used; what it resolves to, if anything.</summary>
public sealed record ReferenceSite(SyntaxTree Tree, TextSpan Span, string Name, ElementSymbol Owner, string Field, ElementSymbol? Target);
