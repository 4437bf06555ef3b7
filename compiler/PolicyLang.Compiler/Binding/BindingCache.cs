using System.Runtime.CompilerServices;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>
/// Keeps what each tree bound to on its own (its elements and their fields) for as long as the tree
/// lives, so a compilation that reuses most trees of the previous one binds only the new trees and
/// then links everything (ids, references, cycles), which is cheap.
/// <para>
/// The cached element symbols are shared by every compilation made with the cache, at once if need
/// be: linking writes nothing into them (what a reference resolves to is each model's own,
/// <see cref="SemanticModel.TargetOf"/>), so every compilation of a cache stays consistent and
/// several threads may bind through it.
/// </para>
/// </summary>
public sealed class BindingCache
{
    private readonly ConditionalWeakTable<SyntaxTree, TreeBinding> _bindings = [];

    internal TreeBinding GetOrBind(SyntaxTree tree) => _bindings.GetValue(tree, TreeBinder.Bind);
}
