using System.Runtime.CompilerServices;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>
/// Keeps what each tree bound to on its own (its elements and their fields) for as long as the tree
/// lives, so a compilation that reuses most trees of the previous one binds only the new trees and
/// then links everything (ids, references, cycles), which is cheap.
/// <para>
/// The cached element symbols are shared by every compilation made with the cache, and linking
/// writes each reference's target into them. So only the newest compilation of a cache is
/// consistent: a holder of an earlier one may see targets that belong to a later one. Incremental
/// analysis, the one user, keeps its compilations to itself on one thread.
/// </para>
/// </summary>
public sealed class BindingCache
{
    private readonly ConditionalWeakTable<SyntaxTree, TreeBinding> _bindings = [];

    internal TreeBinding GetOrBind(SyntaxTree tree) => _bindings.GetValue(tree, TreeBinder.Bind);
}
