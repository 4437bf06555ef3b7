using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL3035 (issue 15 item 7): a doel states a direction the budget does not follow. Two forms:
/// a shift (<c>verschuiving van: P671 verschuiving naar: P61</c>: "van maatwerkvoorzieningen naar
/// collectieve activiteiten") whose "naar" side's share of both sides falls from the first budget
/// year to the last; and a doel with <c>richting: toename</c> whose posts (those with
/// <c>draagt bij aan</c> it) together fall over the years. A thema stands for the posts that
/// carry it (the highest of a nested chain, so no amount counts twice). Only posts whose amounts all
/// bound are read; a begroting without the years of both sides is not judged.
/// </summary>
public sealed class ShiftAgainstBudgetRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3035", DiagnosticSeverity.Warning,
        "Richting tegen de begroting in", "Direction against the budget",
        "Doel '{0}' {1}, maar {2} van {3} in {4} naar {5} in {6}{7}.",
        "Doel '{0}' {1}, but {2} from {3} in {4} to {5} in {6}{7}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een doel dat een verschuiving of toename noemt terwijl de begroting de andere kant op gaat / a goal whose shift or increase the budget moves against";

    public override void Analyze(AnalysisContext context)
    {
        var facts = ArithmeticFacts.Of(context);
        if (facts.Budgets.Count == 0) return;
        foreach (var goal in context.Goals)
        {
            var doel = goal.Doel;
            if (doel.Tree is null) continue;
            var to = PostsOf(context.Model, doel, FieldNames.VerschuivingNaar);
            if (to.Count > 0) JudgeShift(context, facts, doel, PostsOf(context.Model, doel, FieldNames.VerschuivingVan), to);
            else if (goal.Direction == Runtime.Direction.Increase) JudgeIncrease(context, facts, doel);
        }
    }

    private void JudgeShift(AnalysisContext context, ArithmeticFacts facts, ElementSymbol doel, List<ElementSymbol> from, List<ElementSymbol> to)
    {
        if (Series(facts, to) is not { } towards) return;
        var away = from.Count > 0 ? Series(facts, from) : null;
        if (from.Count > 0 && away is null) return;
        var (first, last) = (towards[0], towards[^1]);
        if (first.Year == last.Year) return;
        var field = doel.Field(FieldNames.VerschuivingNaar)!;
        var shift = new Phrase($"verschuift naar {Names(to)}", $"shifts towards {Names(to)}");
        if (away is null)
        {
            if (last.Value >= first.Value) return;
            context.Report(Descriptor.Create(At(doel, field), doel.DisplayName, shift, new Phrase("die posten dalen", "those posts fall"),
                FigureText.Euro(first.Value), Year(first.Year), FigureText.Euro(last.Value), Year(last.Year), ""));
            return;
        }
        if (away[0].Year != first.Year || away[^1].Year != last.Year) return;
        var firstTotal = first.Value + away[0].Value;
        var lastTotal = last.Value + away[^1].Value;
        if (firstTotal <= 0 || lastTotal <= 0) return;
        var firstShare = first.Value * 100m / firstTotal;
        var lastShare = last.Value * 100m / lastTotal;
        // Exact amounts: the share is compared as written (0,01 point is not a shift worth a finding).
        if (decimal.Round(lastShare, 2) >= decimal.Round(firstShare, 2)) return;
        shift = new Phrase($"verschuift van {Names(from)} naar {Names(to)}", $"shifts from {Names(from)} to {Names(to)}");
        context.Report(Descriptor.Create(At(doel, field), doel.DisplayName, shift,
            new Phrase($"het aandeel van {Names(to)} daalt", $"the share of {Names(to)} falls"),
            FigureText.Percent(firstShare), Year(first.Year), FigureText.Percent(lastShare), Year(last.Year),
            new Phrase($" ({Names(to)}: {FigureText.Euro(first.Value)} naar {FigureText.Euro(last.Value)}; {Names(from)}: {FigureText.Euro(away[0].Value)} naar {FigureText.Euro(away[^1].Value)})",
                $" ({Names(to)}: {FigureText.Euro(first.Value)} to {FigureText.Euro(last.Value)}; {Names(from)}: {FigureText.Euro(away[0].Value)} to {FigureText.Euro(away[^1].Value)})")));
    }

    private void JudgeIncrease(AnalysisContext context, ArithmeticFacts facts, ElementSymbol doel)
    {
        var posts = new List<ElementSymbol>();
        foreach (var site in context.Model.ReferencesTo(doel))
            if (site.Field == FieldNames.DraagtBijAan && site.Owner.Kind == ElementKind.Post && !posts.Contains(site.Owner)) posts.Add(site.Owner);
        if (posts.Count == 0 || Series(facts, Highest(posts)) is not { } series) return;
        var (first, last) = (series[0], series[^1]);
        if (first.Year == last.Year || last.Value >= first.Value) return;
        context.Report(Descriptor.Create(At(doel, doel.Field(FieldNames.Richting)!), doel.DisplayName,
            new Phrase("noemt een toename", "states an increase"), new Phrase($"de posten die eraan bijdragen ({Names(posts)}) dalen", $"the posts that serve it ({Names(posts)}) fall"),
            FigureText.Euro(first.Value), Year(first.Year), FigureText.Euro(last.Value), Year(last.Year), ""));
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Names(List<ElementSymbol> elements)
    {
        var names = elements.Take(3).Select(e => e.Id ?? LineName.Of(e)).ToList();
        return string.Join(", ", names) + (elements.Count > 3 ? ", …" : "");
    }

    /// <summary>The posts a field names, a thema standing for the posts that carry it.</summary>
    private static List<ElementSymbol> PostsOf(SemanticModel model, ElementSymbol doel, string field)
    {
        var posts = new List<ElementSymbol>();
        foreach (var target in model.Targets(doel, field))
        {
            if (target.Kind == ElementKind.Post) { if (!posts.Contains(target)) posts.Add(target); continue; }
            foreach (var site in model.ReferencesTo(target))
                if (site.Field == FieldNames.Thema && site.Owner.Kind == ElementKind.Post && !posts.Contains(site.Owner)) posts.Add(site.Owner);
        }
        return Highest(posts);
    }

    /// <summary>Leaves out a post whose parent post is in the list too: its amounts are in the parent's.</summary>
    private static List<ElementSymbol> Highest(List<ElementSymbol> posts) =>
        posts.Where(p => !Ancestors(p).Any(posts.Contains)).ToList();

    private static IEnumerable<ElementSymbol> Ancestors(ElementSymbol post)
    {
        for (var parent = post.Parent; parent is { Kind: ElementKind.Post }; parent = parent.Parent) yield return parent;
    }

    /// <summary>The posts' summed amounts per year of their begroting; null when they are in several begrotingen or an amount did not bind.</summary>
    private static (int Year, decimal Value)[]? Series(ArithmeticFacts facts, List<ElementSymbol> posts)
    {
        BudgetView? budget = null;
        decimal[]? sums = null;
        foreach (var post in posts)
        {
            var view = facts.Budgets.FirstOrDefault(b => b.Posts.Contains(post));
            if (view is null || (budget is not null && view != budget) || view.Years is null || view.Amounts(post) is not { } amounts) return null;
            budget = view;
            var count = view.Years.To - view.Years.From + 1;
            if (amounts.Count != count) return null;
            sums ??= new decimal[count];
            for (var i = 0; i < count; i++) sums[i] += amounts[i].Value;
        }
        if (budget is null || sums is null) return null;
        return [.. sums.Select((v, i) => (budget.Years!.From + i, v))];
    }
}
