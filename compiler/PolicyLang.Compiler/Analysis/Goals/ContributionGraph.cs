using PolicyLang.Binding;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// The <c>draagt bij aan</c> hierarchy in both directions. An element's parents are what its
/// <c>draagt bij aan</c> names and, for an element under a thema that itself contributes to
/// something, that thema (so a chapter-wide "these goals serve that ambitie" is said once).
/// Cycles are the binder's finding (PL2004); every walk here keeps a visited set.
/// </summary>
public sealed class ContributionGraph
{
    private static readonly IReadOnlyList<ElementSymbol> None = [];
    private readonly Dictionary<ElementSymbol, List<ElementSymbol>> _contributors = [];

    public ContributionGraph(SemanticModel model)
    {
        foreach (var element in model.Elements)
            foreach (var parent in Parents(element))
            {
                if (!_contributors.TryGetValue(parent, out var list)) _contributors[parent] = list = [];
                list.Add(element);
            }
    }

    /// <summary>The elements that name this one in their <c>draagt bij aan</c>.</summary>
    public IReadOnlyList<ElementSymbol> ContributorsTo(ElementSymbol element) =>
        _contributors.TryGetValue(element, out var list) ? list : None;

    public static IEnumerable<ElementSymbol> Parents(ElementSymbol element)
    {
        foreach (var parent in element.Targets("draagt bij aan")) yield return parent;
        if (element.Kind == ElementKind.Thema) yield break;
        foreach (var thema in element.Targets("thema"))
            if (thema.Field("draagt bij aan") is not null) yield return thema;
    }

    /// <summary>The element and everything it contributes to, transitively; each once.</summary>
    public static IEnumerable<ElementSymbol> SelfAndAncestors(ElementSymbol element)
    {
        var seen = new HashSet<ElementSymbol>();
        var stack = new Stack<ElementSymbol>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!seen.Add(current)) continue;
            yield return current;
            foreach (var parent in Parents(current)) stack.Push(parent);
        }
    }

    /// <summary>Everything that contributes to the element, transitively (the element excluded).</summary>
    public IEnumerable<ElementSymbol> Descendants(ElementSymbol element)
    {
        var seen = new HashSet<ElementSymbol> { element };
        var stack = new Stack<ElementSymbol>(ContributorsTo(element));
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!seen.Add(current)) continue;
            yield return current;
            foreach (var child in ContributorsTo(current)) stack.Push(child);
        }
    }
}
