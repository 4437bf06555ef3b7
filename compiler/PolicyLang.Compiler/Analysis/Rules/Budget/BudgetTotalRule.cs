using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>PL4002: for every year, the declared <c>totaal</c> of a begroting is the sum of its top-level posts.</summary>
public sealed class BudgetTotalRule : AnalysisRule
{
    public override string Code => "PL4002";
    public override string Description => "Het totaal van een begroting is per jaar de som van de posten / a budget's totaal is the sum of its posts, per year";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var budget in ArithmeticFacts.Of(context).Budgets)
        {
            if (budget.Total is not { } total) continue;
            var posts = budget.TopLevelPosts.ToList();
            if (posts.Count == 0) continue;
            var parts = BudgetSums.AlignedAmounts(budget, posts, total.Count);
            if (parts is null) continue; // a count mismatch is PL4003's finding

            for (var year = 0; year < total.Count; year++)
            {
                var sum = BudgetSums.SumAt(parts, year);
                var declared = total[year];
                if (!sum.Contradicts(declared)) continue;
                var (yearNl, yearEn) = budget.YearLabel(year);
                context.Report(DiagnosticBuilder.TotalDoesNotMatch(declared.Location, LineName.Of(budget.Begroting), yearNl, yearEn,
                    declared.Value, sum.Value, sum.MarginWith(declared), [.. parts.Select(p => p[year].Location)],
                    BudgetSums.Replacement(declared, sum, budget.Schaal)));
            }
        }
    }
}
