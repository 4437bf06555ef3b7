using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Goals;

/// <summary>Shared by the conflict rules: doelen per indicator, and whether two doelen's targets clash.</summary>
public static class TargetConflicts
{
    /// <summary>The doelen of every indicator that measures more than one, in source order.</summary>
    public static IEnumerable<List<GoalFacts>> GroupsOnOneIndicator(AnalysisContext context)
    {
        foreach (var group in context.Goals.Where(g => g.Indicator is not null).GroupBy(g => g.Indicator!))
        {
            var goals = group.ToList();
            if (goals.Count > 1) yield return goals;
        }
    }

    /// <summary>
    /// The pairs of doelen of one group (indices, the later one in source order first: findings
    /// about a pair are reported on the later doel; ordered by the later, then the earlier) for which <see cref="FirstConflict"/> finds a conflict,
    /// each with it. In time near-linear in the group plus the pairs found, not quadratic: per
    /// year and kind, the targets' ranges are sorted by their low end, and the ranges lying wholly
    /// above one are a suffix of that order (10,000 doelen on one indicator took 15 s pair by pair).
    /// </summary>
    public static List<(int Later, int Earlier, (int Year, TargetValue A, TargetValue B) Conflict)> Conflicts(List<GoalFacts> goals)
    {
        var byYearAndKind = new Dictionary<(int, QuantityKind), List<(TargetRange Range, int Goal)>>();
        for (var g = 0; g < goals.Count; g++)
            foreach (var target in goals[g].DatedTargets)
                if (TargetRange.Of(target, goals[g].Polarity) is { } range)
                {
                    var key = (target.Year!.Value, target.Quantity.Kind);
                    if (!byYearAndKind.TryGetValue(key, out var list)) byYearAndKind[key] = list = [];
                    list.Add((range, g));
                }

        var candidates = new HashSet<(int Later, int Earlier)>();
        foreach (var ranges in byYearAndKind.Values)
        {
            if (ranges.Count < 2) continue;
            // By low end (-∞ first); at an equal low end an included one before an excluded one, so
            // that the ranges lying wholly above a high end are always a suffix.
            var byLow = ranges.Where(r => r.Range.Low is not null)
                .OrderBy(r => r.Range.Low!.Value).ThenBy(r => r.Range.LowIncluded ? 0 : 1).ToList();
            foreach (var (range, goal) in ranges)
            {
                if (range.High is not { } high) continue;
                for (var i = FirstAbove(byLow, high, range.HighIncluded); i < byLow.Count; i++)
                {
                    var other = byLow[i].Goal;
                    if (other != goal) candidates.Add((Math.Max(goal, other), Math.Min(goal, other)));
                }
            }
        }

        var result = new List<(int, int, (int, TargetValue, TargetValue))>();
        foreach (var (later, earlier) in candidates.OrderBy(c => c.Later).ThenBy(c => c.Earlier))
            if (FirstConflict(goals[later], goals[earlier]) is { } conflict) result.Add((later, earlier, conflict));
        return result;
    }

    /// <summary>The first index of <paramref name="byLow"/> whose range lies wholly above a range ending at <paramref name="high"/>.</summary>
    private static int FirstAbove(List<(TargetRange Range, int Goal)> byLow, decimal high, bool highIncluded)
    {
        int lo = 0, hi = byLow.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var range = byLow[mid].Range;
            var low = range.Low!.Value;
            // Above: starts beyond the high end, or at it when one of the two ends is excluded.
            var above = low > high || (low == high && (!highIncluded || !range.LowIncluded));
            if (above) hi = mid; else lo = mid + 1;
        }
        return lo;
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
