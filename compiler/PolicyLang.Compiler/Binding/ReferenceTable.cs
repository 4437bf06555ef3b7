using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>
/// What every reference of one compilation resolves to. The references keep no target themselves
/// (their trees' bindings are cached and shared by compilations that resolve them differently);
/// each has a slot instead, its index among its tree's references, so a look-up is the tree's first
/// slot in <see cref="Sites"/> plus that index: one small dictionary entry per tree is all that
/// linking adds, on every keystroke in the language server.
/// </summary>
internal sealed class ReferenceTable
{
    private readonly Dictionary<SyntaxTree, int> _firstSite;

    public ReferenceTable(ImmutableArray<ReferenceSite> sites, Dictionary<SyntaxTree, int> firstSite)
    {
        Sites = sites;
        _firstSite = firstSite;
    }

    /// <summary>Every reference, tree by tree and in source order within a tree.</summary>
    public ImmutableArray<ReferenceSite> Sites { get; }

    /// <summary>Where a tree's references start in <see cref="Sites"/>, or -1 when the tree has none in this compilation.</summary>
    public int FirstSiteOf(SyntaxTree? tree) => tree is not null && _firstSite.TryGetValue(tree, out var first) ? first : -1;

    public ElementSymbol? TargetOf(ReferenceValue reference) => TargetAt(FirstSiteOf(reference.Tree), reference);

    /// <summary>The target of a reference of the tree whose first slot is <paramref name="first"/>.</summary>
    public ElementSymbol? TargetAt(int first, ReferenceValue reference)
    {
        // Every binding of a tree numbers its references alike (in source order), so a slot is valid in any model that has the tree.
        return first < 0 || reference.Index < 0 ? null : Sites[first + reference.Index].Target;
    }
}
