using PolicyLang.Binding;
using PolicyLang.Syntax;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The begroting posts of the kader a measurement file may give a realisation for (the <c>post</c>
/// column): the top-level posts of every begroting, the lines the report shows (decision 0022). A
/// nested post is known too, so its row can name the post to use instead. Read from the kader's
/// semantic model, only when a row needs it: a monitor <c>.dll</c> has no sources, and then
/// <see cref="Known"/> is false.
/// </summary>
public sealed class BudgetPosts
{
    private readonly Lazy<Dictionary<string, string?>?> _topOf;

    /// <param name="model">The kader's model, asked for at the first post row; null when there are no sources.</param>
    public BudgetPosts(Func<SemanticModel?> model) => _topOf = new(() => model() is { } m ? Read(m) : null);

    public static BudgetPosts Of(SemanticModel? model) => new(() => model);

    /// <summary>No sources (a monitor .dll): post rows cannot be checked.</summary>
    public static readonly BudgetPosts None = new(() => null);

    public bool Known => _topOf.Value is not null;

    /// <summary>The top-level post ids, for suggestions.</summary>
    public IEnumerable<string> TopLevel => _topOf.Value?.Where(p => p.Value is null).Select(p => p.Key) ?? [];

    /// <summary>Whether the id is a post; <paramref name="top"/> is the top-level post above it, or null for a top-level post.</summary>
    public bool TryGet(string id, out string? top)
    {
        top = null;
        return _topOf.Value is { } map && map.TryGetValue(id, out top);
    }

    private static Dictionary<string, string?> Read(SemanticModel model)
    {
        var topOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var begroting in model.OfKind(ElementKind.Begroting))
            foreach (var post in BudgetAmounts.TopLevelPosts(begroting))
            {
                if (post.Id is { } id) topOf.TryAdd(id, null);
                // The nested posts (explicit stack: posts nest as deep as the writer likes).
                var stack = new Stack<ElementSymbol>(post.Children.Where(c => c.Kind == ElementKind.Post));
                while (stack.Count > 0)
                {
                    var nested = stack.Pop();
                    if (nested.Id is { } nestedId && post.Id is { } topId) topOf.TryAdd(nestedId, topId);
                    foreach (var c in nested.Children.Where(c => c.Kind == ElementKind.Post)) stack.Push(c);
                }
            }
        return topOf;
    }
}
