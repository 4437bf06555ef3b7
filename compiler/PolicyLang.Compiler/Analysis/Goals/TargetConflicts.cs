using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Goals;

/// <summary>Shared by the conflict rules: doelen per indicator, and whether two doelen's targets clash.</summary>
public static class TargetConflicts
{
    /// <summary>
    /// Every pair of doelen measured by the same indicator, the later one (in source order) first:
    /// findings about a pair are reported on the later doel.
    /// </summary>
    public static IEnumerable<(GoalFacts Later, GoalFacts Earlier)> PairsOnOneIndicator(AnalysisContext context)
    {
        foreach (var group in context.Goals.Where(g => g.Indicator is not null).GroupBy(g => g.Indicator!))
        {
            var goals = group.ToList();
            for (var i = 1; i < goals.Count; i++)
                for (var j = 0; j < i; j++)
                    yield return (goals[i], goals[j]);
        }
    }

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

    public static bool IsContribution(SemanticModel model, ElementSymbol a, ElementSymbol b) =>
        model.Targets(a, FieldNames.DraagtBijAan).Contains(b) || model.Targets(b, FieldNames.DraagtBijAan).Contains(a);
}
