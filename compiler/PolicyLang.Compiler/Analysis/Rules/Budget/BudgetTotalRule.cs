using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>PL4002: for every year, the declared <c>totaal</c> of a begroting is the sum of its top-level posts.</summary>
public sealed class BudgetTotalRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4002", DiagnosticSeverity.Warning,
        "Totaal klopt niet", "Total does not match",
        "{0}: de posten van begroting '{1}' tellen op tot {2}, maar het totaal is {3}: {4} {5} dan de som.{6}",
        "{0}: the posts of begroting '{1}' add up to {2}, but the totaal is {3}: {4} {5} than the sum.{6}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
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
                context.Report(Descriptor.Create(declared.Location, [(yearNl, yearEn), LineName.Of(budget.Begroting), .. FigureText.SumMismatch(declared.Value, sum.Value, sum.MarginWith(declared))])
                    .WithRelated(parts.Select(p => p[year].Location), "post op het hoogste niveau", "top-level post")
                    .WithFigureFix(declared.Location, BudgetSums.Replacement(declared, sum, budget.Schaal)));
            }
        }
    }
}
