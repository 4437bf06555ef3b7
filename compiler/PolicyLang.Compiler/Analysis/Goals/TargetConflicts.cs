using PolicyLang.Binding;
using PolicyLang.Binding.Values;

namespace PolicyLang.Analysis.Goals;

/// <summary>Shared by the conflict rules: doelen per indicator, and whether two doelen's targets clash.</summary>
public static class TargetConflicts
{
    /// <summary>The measured doelen grouped by their indicator; only groups of two or more.</summary>
    public static IEnumerable<IReadOnlyList<GoalFacts>> ByIndicator(AnalysisContext context) =>
        context.Goals.Where(g => g.Indicator is not null)
            .GroupBy(g => g.Indicator!)
            .Select(g => (IReadOnlyList<GoalFacts>)g.ToList())
            .Where(g => g.Count > 1);

    /// <summary>The first year (and the two targets) in which the doelen ask for values that cannot both hold.</summary>
    public static (int Year, TargetValue A, TargetValue B)? FirstConflict(GoalFacts a, GoalFacts b)
    {
        foreach (var ta in a.DatedTargets.OrderBy(t => t.Year))
            foreach (var tb in b.DatedTargets)
            {
                if (ta.Year != tb.Year || ta.Quantity.Kind != tb.Quantity.Kind) continue;
                if (TargetRange.Of(ta, a.Polarity) is not { } ra || TargetRange.Of(tb, b.Polarity) is not { } rb) continue;
                if (!ra.Overlaps(rb)) return (ta.Year!.Value, ta, tb);
            }
        return null;
    }

    public static bool IsContribution(ElementSymbol a, ElementSymbol b) =>
        a.Targets("draagt bij aan").Contains(b) || b.Targets("draagt bij aan").Contains(a);
}
