using PolicyLang.Binding.Schema;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>What messages and editors say about element kinds, all read from <see cref="ElementSchemas"/>.</summary>
public static class ElementKinds
{
    /// <summary>The Dutch word, as written in source and used in messages.</summary>
    public static string Word(this ElementKind kind) => ElementSchemas.For(kind)?.Keyword ?? "element";

    /// <summary>"een doel of ambitie" style lists for messages.</summary>
    public static string Describe(IReadOnlyList<ElementKind> kinds) => kinds.Count switch
    {
        0 => "element",
        1 => kinds[0].Word(),
        _ => string.Join(", ", kinds.Take(kinds.Count - 1).Select(Word)) + " of " + kinds[^1].Word(),
    };

    public static string DescribeEn(IReadOnlyList<ElementKind> kinds) => kinds.Count switch
    {
        0 => "element",
        1 => kinds[0].Word(),
        _ => string.Join(", ", kinds.Take(kinds.Count - 1).Select(Word)) + " or " + kinds[^1].Word(),
    };

    /// <summary>Where an element of this kind belongs (PL1010): "in een begroting of post", "op het hoogste niveau van een bestand".</summary>
    public static string PlaceNl(ElementKind kind) =>
        ElementSchemas.For(kind) is { NestsIn: { Count: > 0 } parents } ? "in een " + Describe(parents) : "op het hoogste niveau van een bestand";

    /// <summary>The English of <see cref="PlaceNl"/>: "in a begroting or post", "at the top level of a file".</summary>
    public static string PlaceEn(ElementKind kind)
    {
        if (ElementSchemas.For(kind) is not { NestsIn: { Count: > 0 } parents }) return "at the top level of a file";
        var list = DescribeEn(parents);
        return ("aeiou".Contains(list[0]) ? "in an " : "in a ") + list;
    }

    /// <summary>
    /// The kinds that may stand at the top level of a file (parent null) or in the block of parent,
    /// in table order: what completion offers there.
    /// </summary>
    public static IEnumerable<ElementSchema> AllowedIn(ElementKind? parent) =>
        ElementSchemas.All.Values.Where(schema => SyntaxFacts.CanNest(schema.Kind, parent));
}
