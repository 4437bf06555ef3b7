using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4001: for every year, the posts directly under a post add up to that post. Amounts are signed
/// as written (revenue lines are negative); rounded amounts (schaal, mln) are compared with
/// their rounding margin, whole euros exactly.
/// </summary>
public sealed class PostSumRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4001", DiagnosticSeverity.Warning,
        "Posten tellen niet op", "Posts do not add up",
        "{0}: de posten onder '{1}' tellen op tot {2}, maar de post zelf vermeldt {3}: {4} {5} dan de som.{6}",
        "{0}: the posts under '{1}' add up to {2}, but the post itself states {3}: {4} {5} than the sum.{6}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "De posten onder een post tellen per jaar op tot die post / the posts under a post add up to it, per year";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var budget in ArithmeticFacts.Of(context).Budgets)
            foreach (var post in budget.Posts)
                Check(context, budget, post);
    }

    private static void Check(AnalysisContext context, BudgetView budget, ElementSymbol post)
    {
        if (post.Children.Count == 0) return; // a leaf post is the figure itself
        var children = post.Children.Where(c => c.Kind == ElementKind.Post).ToList();
        if (children.Count == 0) return;
        if (budget.Amounts(post) is not { } own) return;
        var parts = BudgetSums.AlignedAmounts(budget, children, own.Count);
        if (parts is null) return; // a count mismatch is PL4003's finding

        for (var year = 0; year < own.Count; year++)
        {
            var sum = BudgetSums.SumAt(parts, year);
            if (sum.Contradicts(own[year])) Report(context, budget, post, own[year], sum, parts, year);
        }
    }

    private static void Report(AnalysisContext context, BudgetView budget, ElementSymbol post, Figure declared, Interval sum,
        List<IReadOnlyList<Figure>> parts, int year)
    {
        var (yearNl, yearEn) = budget.YearLabel(year);
        context.Report(Descriptor.Create(declared.Location, [(yearNl, yearEn), LineName.Of(post), .. FigureText.SumMismatch(declared.Value, sum.Value, sum.MarginWith(declared))])
            .WithRelated(parts.Select(p => p[year].Location), "telt mee in de som", "counted in the sum")
            .WithFigureFix(declared.Location, BudgetSums.Replacement(declared, sum, budget.Schaal)));
    }
}
