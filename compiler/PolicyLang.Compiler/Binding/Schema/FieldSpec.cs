namespace PolicyLang.Binding.Schema;

/// <summary>
/// One field of an element kind. <see cref="Many"/>: the field takes a comma-separated list.
/// <see cref="Repeatable"/>: the field may be written more than once (tussendoel, aanname).
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type, string DescriptionNl, string DescriptionEn)
{
    public bool Many { get; init; }
    public bool Repeatable { get; init; }
    public IReadOnlyList<ElementKind> ReferenceKinds { get; init; } = [];
    public IReadOnlyList<string> Choices { get; init; } = [];
    /// <summary>A choice that may end in "in jaar": a direction with a year, "richting: afname in 2022" (issue 13 item 6).</summary>
    public bool ChoiceInYear { get; init; }
}

/// <summary>One element kind: its keyword, where it may stand and what it accepts.</summary>
public sealed record ElementSchema(ElementKind Kind, string Keyword, IReadOnlyDictionary<string, FieldSpec> Fields, string DescriptionNl, string DescriptionEn)
{
    /// <summary>The kinds in whose block this kind may stand; empty: only at the top level of a file.</summary>
    public IReadOnlyList<ElementKind> NestsIn { get; init; } = [];
    /// <summary>The editor's icon for elements of this kind (outline, workspace symbols, completion).</summary>
    public ElementIcon Icon { get; init; }

    /// <summary>post and rij carry their figures after the title: "post "x": € 1, € 2".</summary>
    public FieldType? HeaderValues { get; init; }
    public bool IdRequired { get; init; } = true;
    public IReadOnlyList<string> RequiredFields { get; init; } = [];
}
