using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4003: every post, and the totaal, has exactly one amount per year of the begroting's
/// <c>jaren</c>. Without jaren the number of years is unknown and nothing is reported.
/// </summary>
public sealed class AmountPerYearRule : AnalysisRule
{
    public override string Code => "PL4003";
    public override string Description => "Elke post heeft één bedrag per begrotingsjaar / every post has one amount per budget year";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var budget in ArithmeticFacts.Of(context).Budgets)
        {
            if (budget.ExpectedCount is not { } expected || budget.Years is not { } years) continue;
            var source = budget.Begroting.Tree!.Text;
            var yearsText = $"{years.From} t/m {years.To}";

            foreach (var post in budget.Posts)
            {
                if (post.Syntax is not { } syntax) continue;
                var written = syntax.Values?.Items.Length ?? 0;
                if (written == expected) continue;
                var at = syntax.Values is { Items.Length: > 0 } values ? new Location(source, values.Span) : post.Location!;
                context.Report(DiagnosticBuilder.WrongAmountCount(at, LineName.Of(post), written, expected, yearsText, budget.YearsLocation));
            }

            if (budget.TotalField is { } total && total.Syntax.Values.Items.Length != expected)
                context.Report(DiagnosticBuilder.WrongAmountCount(new Location(source, total.Syntax.Values.Span), FieldNames.Totaal,
                    total.Syntax.Values.Items.Length, expected, yearsText, budget.YearsLocation));
        }
    }
}
