using PolicyLang.Binding;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// The <c>draagt bij aan</c> hierarchy in both directions, read once per analysis run. An
/// element's parents are what its <c>draagt bij aan</c> names and, for an element under a thema
/// that itself contributes to something, that thema (so a chapter-wide "these goals serve that
/// ambitie" is said once). Cycles are the binder's finding (PL2004); every walk here keeps a
/// visited set.
/// </summary>
public sealed class ContributionGraph
{
    private static readonly ElementSymbol[] None = [];
    private readonly Dictionary<ElementSymbol, ElementSymbol[]> _parents = [];
    private readonly Dictionary<ElementSymbol, List<ElementSymbol>> _contributors = [];

    public ContributionGraph(SemanticModel model)
    {
        var scratch = new List<ElementSymbol>(4);
        foreach (var element in model.Elements)
        {
            scratch.Clear();
            AddTargets(model, element, FieldNames.DraagtBijAan, scratch);
            if (element.Kind != ElementKind.Thema)
            {
                var direct = scratch.Count;
                AddTargets(model, element, FieldNames.Thema, scratch);
                // Only a thema that contributes to something is a step up the hierarchy.
                for (var i = scratch.Count - 1; i >= direct; i--)
                    if (scratch[i].Field(FieldNames.DraagtBijAan) is null) scratch.RemoveAt(i);
            }
            if (scratch.Count == 0) continue;
            var parents = scratch.ToArray();
            _parents[element] = parents;
            foreach (var parent in parents)
            {
                if (!_contributors.TryGetValue(parent, out var list)) _contributors[parent] = list = [];
                list.Add(element);
            }
        }
    }

    /// <summary>What the element contributes to, directly.</summary>
    public IReadOnlyList<ElementSymbol> Parents(ElementSymbol element) =>
        _parents.TryGetValue(element, out var parents) ? parents : None;

    /// <summary>The elements that contribute to this one, directly.</summary>
    public IReadOnlyList<ElementSymbol> ContributorsTo(ElementSymbol element) =>
        _contributors.TryGetValue(element, out var list) ? list : None;

    /// <summary>The element and everything it contributes to, transitively; each once.</summary>
    public List<ElementSymbol> SelfAndAncestors(ElementSymbol element)
    {
        var result = new List<ElementSymbol> { element };
        // Usually a handful; a set only when a long chain (user-controlled length) would make the list quadratic.
        HashSet<ElementSymbol>? seen = null;
        for (var i = 0; i < result.Count; i++)
            foreach (var parent in Parents(result[i]))
            {
                if (seen is null && result.Count > 16) seen = [.. result];
                if (seen is null ? !result.Contains(parent) : seen.Add(parent)) result.Add(parent);
            }
        return result;
    }

    /// <summary>Adds the resolved targets of a reference field (a struct enumeration: this runs for every element).</summary>
    private static void AddTargets(SemanticModel model, ElementSymbol element, string field, List<ElementSymbol> into)
    {
        foreach (var target in model.Targets(element, field)) into.Add(target);
    }
}
