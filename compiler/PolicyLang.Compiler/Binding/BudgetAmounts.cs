using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Binding;

/// <summary>
/// How a begroting post's amounts are read, once for the budget rules, the report and the
/// realisation check: the n-th written amount belongs to the n-th year of the begroting's
/// <c>jaren</c>, in euros after the begroting's <c>schaal</c> (x € 1.000). The budget rules add a
/// rounding margin on top (<c>Analysis.Rules.Budget.Figure</c>); the value is the same.
/// </summary>
public static class BudgetAmounts
{
    /// <summary>The multiplier of the written figures: the element's <c>schaal</c> when positive, else 1.</summary>
    public static decimal SchaalOf(ElementSymbol element) =>
        element.Value<QuantityValue>(FieldNames.Schaal) is { Quantity.Value: > 0 } schaal ? schaal.Quantity.Value : 1m;

    /// <summary>The begroting a post belongs to (through nested posts), or null.</summary>
    public static ElementSymbol? BegrotingOf(ElementSymbol post)
    {
        for (var p = post.Parent; p is not null; p = p.Parent)
            if (p.Kind == ElementKind.Begroting) return p;
        return null;
    }

    /// <summary>The posts directly under a begroting: the lines a report shows.</summary>
    public static IEnumerable<ElementSymbol> TopLevelPosts(ElementSymbol begroting) =>
        begroting.Children.Where(c => c.Kind == ElementKind.Post);

    /// <summary>
    /// A post's amounts per year of its begroting, times the schaal; amounts that did not bind or
    /// lie beyond the declared years or beyond 10^20 are left out (the budget rules report them).
    /// </summary>
    public static IReadOnlyList<(int Year, decimal Value)> Of(ElementSymbol post)
    {
        if (BegrotingOf(post) is not { } begroting) return [];
        var years = begroting.Value<YearRangeValue>(FieldNames.Jaren)?.Years.ToArray() ?? [];
        var schaal = SchaalOf(begroting);
        var result = new List<(int, decimal)>();
        for (var i = 0; i < post.HeaderValues.Length && i < years.Length; i++)
            // Beyond 10^20 after the schaal no municipal figure is meant (as PL2020): not read, so never an overflow.
            if (post.HeaderValues[i] is QuantityValue q && Math.Abs(q.Quantity.Value) <= Quantity.MaxMagnitude / schaal)
                result.Add((years[i], q.Quantity.Value * schaal));
        return result;
    }
}
