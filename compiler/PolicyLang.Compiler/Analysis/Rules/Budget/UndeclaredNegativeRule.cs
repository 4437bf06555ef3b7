using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4004: a negative amount belongs to a revenue line, declared with <c>soort: opbrengst</c> on
/// the post or a post above it, or to a balance line (<c>soort: saldo</c>), negative by nature. One finding per post, at its first negative amount, naming every
/// year with a negative amount; the fix adds the declaration.
/// </summary>
public sealed class UndeclaredNegativeRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4004", DiagnosticSeverity.Warning,
        "Negatief bedrag zonder opbrengst", "Negative amount not declared as revenue",
        "'{0}' heeft een negatief bedrag ({1} in {2}) maar is niet als opbrengst aangemerkt. Is het een opbrengst, schrijf dan 'soort: opbrengst'; anders hoort het bedrag positief te zijn.",
        "'{0}' has a negative amount ({1} in {2}) but is not marked as revenue. If it is revenue, write 'soort: opbrengst'; otherwise the amount should be positive.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een negatief bedrag alleen bij een opbrengst / a negative amount only on a revenue line";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var budget in ArithmeticFacts.Of(context).Budgets)
            foreach (var post in budget.Posts)
            {
                if (budget.Amounts(post) is not { } amounts || !AnyNegative(amounts) || BudgetView.MayBeNegative(post)) continue;
                var negative = Enumerable.Range(0, amounts.Count).Where(i => amounts[i].Value < 0).ToList();
                var first = amounts[negative[0]];
                var labels = negative.Select(budget.YearLabel).ToList();
                var diagnostic = Descriptor.Create(first.Location, LineName.Of(post), FigureText.Euro(first.Value),
                    new Phrase(Join(labels.Select(l => l.Nl), "en"), Join(labels.Select(l => l.En), "and")));
                context.Report(DeclareRevenue(post) is { } fix ? diagnostic.WithFix("Markeer als opbrengst (soort: opbrengst)", "Mark as revenue (soort: opbrengst)", fix) : diagnostic);
            }
    }

    private static bool AnyNegative(IReadOnlyList<Figure> amounts)
    {
        for (var i = 0; i < amounts.Count; i++)
            if (amounts[i].Value < 0) return true;
        return false;
    }

    private static string Join(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list[..^1]) + $" {and} " + list[^1];
    }

    /// <summary>Inserts "soort: opbrengst" at the start of the post's block, or adds a block.</summary>
    private static TextEdit? DeclareRevenue(ElementSymbol post)
    {
        if (post.Syntax is not { } syntax || post.Tree is not { } tree) return null;
        if (post.Field(FieldNames.Soort) is not null) return null; // "soort: uitgave" written: the author must choose
        if (syntax.Block is { } block)
            return block.OpenBrace.IsMissing ? null : new TextEdit(tree.Text, new TextSpan(block.OpenBrace.End, 0), " soort: opbrengst");
        if (syntax.Values is not { } values) return null;
        return new TextEdit(tree.Text, new TextSpan(values.Span.End, 0), " { soort: opbrengst }");
    }
}
