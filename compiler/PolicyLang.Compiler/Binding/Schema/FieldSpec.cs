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
}

/// <summary>What one element kind accepts.</summary>
public sealed record ElementSchema(ElementKind Kind, IReadOnlyDictionary<string, FieldSpec> Fields, string DescriptionNl, string DescriptionEn)
{
    /// <summary>post and rij carry their figures after the title: "post "x": € 1, € 2".</summary>
    public FieldType? HeaderValues { get; init; }
    public bool IdRequired { get; init; } = true;
    public IReadOnlyList<string> RequiredFields { get; init; } = [];
}
