using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Per-year sums of budget lines, for hover and inlay hints.</summary>
public static class BudgetMath
{
    /// <summary>The years of the begroting a post or begroting belongs to, if it declares them.</summary>
    public static IReadOnlyList<int> YearsOf(ElementSymbol element)
    {
        var begroting = element;
        while (begroting.Parent is not null) begroting = begroting.Parent;
        return begroting.Kind == ElementKind.Begroting && begroting.Value<YearRangeValue>(FieldNames.Jaren) is { } range
            ? [.. range.Years] : [];
    }

    /// <summary>A post's own amounts, in order.</summary>
    public static IReadOnlyList<decimal> Amounts(ElementSymbol post) =>
        [.. post.HeaderValues.OfType<QuantityValue>().Select(q => q.Quantity.Value)];

    /// <summary>
    /// The sum per year of the posts directly below a begroting or post; null when it has no posts
    /// or when a post lacks an amount for some year (a sum of part of the figures would mislead).
    /// </summary>
    public static IReadOnlyList<decimal>? ChildSums(ElementSymbol parent)
    {
        var posts = parent.Children.Where(c => c.Kind == ElementKind.Post).ToList();
        if (posts.Count == 0) return null;
        var rows = posts.Select(Amounts).ToList();
        var width = rows.Max(r => r.Count);
        if (width == 0 || rows.Any(r => r.Count != width)) return null;
        return [.. Enumerable.Range(0, width).Select(i => rows.Sum(r => r[i]))];
    }

    /// <summary>"2017: € 1.324.692 · 2018: € 1.324.692" (years where known).</summary>
    public static string Describe(IReadOnlyList<decimal> amounts, IReadOnlyList<int> years) =>
        string.Join(" · ", amounts.Select((a, i) => (i < years.Count ? $"{years[i]}: " : "") + new Quantity(a, QuantityKind.Money)));
}
