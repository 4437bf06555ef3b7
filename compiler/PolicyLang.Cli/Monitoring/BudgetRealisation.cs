using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The realised amounts of begroting posts: rows of a measurement file with a <c>post</c> instead of
/// an <c>indicator</c>, one per post and year, in euros. A missing-value code (nb, n.v.t., …) is kept
/// with its reason, as for indicators, and shown as such.
/// </summary>
public sealed class BudgetRealisation
{
    private readonly Dictionary<string, SortedDictionary<int, RealisedAmount>> _byPost = new(StringComparer.Ordinal);

    public static readonly BudgetRealisation None = new();

    public void Add(string post, RealisedAmount amount)
    {
        if (!_byPost.TryGetValue(post, out var years)) _byPost[post] = years = [];
        years[amount.Year] = amount;
    }

    public int Count => _byPost.Values.Sum(y => y.Count);

    /// <summary>The realisation of a post per year up to the peiljaar, oldest first.</summary>
    public IReadOnlyList<RealisedAmount> Of(string post, int peiljaar) =>
        _byPost.TryGetValue(post, out var years) ? [.. years.Values.Where(a => a.Year <= peiljaar)] : [];
}

/// <summary>A post's realised amount in one year (euros), or why it is missing.</summary>
public sealed record RealisedAmount(int Year, decimal? Value, MissingReason? Missing, bool Provisional, bool Illustrative);
