using System.Collections.Immutable;
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
    public static readonly DiagnosticDescriptor Descriptor = new("PL4003", DiagnosticSeverity.Warning,
        "Niet één bedrag per jaar", "Not one amount per year",
        "'{0}' heeft {1} {2}, maar de begroting heeft {3} {4} ({5}): schrijf één bedrag per jaar, in volgorde.",
        "'{0}' has {1} {2}, but the budget has {3} {4} ({5}): write one amount per year, in order.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
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
                context.Report(Finding(at, LineName.Of(post), written, expected, yearsText, budget.YearsLocation));
            }

            if (budget.TotalField is { } total && total.Syntax.Values.Items.Length != expected)
                context.Report(Finding(new Location(source, total.Syntax.Values.Span), FieldNames.Totaal,
                    total.Syntax.Values.Items.Length, expected, yearsText, budget.YearsLocation));
        }
    }

    private static Diagnostic Finding(Location at, string line, int written, int expected, string years, Location? yearsAt) =>
        Descriptor.Create(at, line, written, FigureText.Count(written, ("bedrag", "amount"), ("bedragen", "amounts")),
                expected, FigureText.Count(expected, ("jaar", "year"), ("jaren", "years")), years)
            .WithRelated(yearsAt, "de jaren van de begroting", "the years of the budget");
}
