using PolicyLang.Binding;
using PolicyLang.Binding.Values;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>Arithmetic shared by the budget rules: summing lines per year.</summary>
internal static class BudgetSums
{
    /// <summary>
    /// The amounts of the given posts when every one has <paramref name="count"/> readable amounts
    /// (and that is the budget's number of years, when jaren is written); otherwise null.
    /// </summary>
    public static List<IReadOnlyList<Figure>>? AlignedAmounts(BudgetView budget, IEnumerable<ElementSymbol> posts, int count)
    {
        if (budget.ExpectedCount is { } expected && count != expected) return null;
        var result = new List<IReadOnlyList<Figure>>();
        foreach (var post in posts)
        {
            if (budget.Amounts(post) is not { } amounts || amounts.Count != count) return null;
            result.Add(amounts);
        }
        return result;
    }

    public static Interval SumAt(List<IReadOnlyList<Figure>> lines, int index)
    {
        var sum = Interval.Zero;
        for (var i = 0; i < lines.Count; i++) sum += Interval.Of(lines[i][index]);
        return sum;
    }

    /// <summary>The corrected amount as source text, offered only when nothing is rounded.</summary>
    public static string? Replacement(Figure declared, Interval computed, decimal schaal) =>
        declared.IsExact && computed.IsExact && schaal == 1m ? new Quantity(computed.Value, QuantityKind.Money).ToString() : null;
}
