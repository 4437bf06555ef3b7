namespace PolicyLang.Runtime;

/// <summary>
/// The status rules of docs/monitoring.md, in one place. Generated monitor methods build a
/// <see cref="Norm"/> from the policy text and call <see cref="Judge"/>; the test project holds an
/// independent implementation of the same rules to compare against.
/// </summary>
public static class GoalRules
{
    public static GoalOutcome Judge(Norm norm, MeasurementSeries series, int peiljaar)
    {
        try
        {
            return JudgeExactly(norm, series, peiljaar);
        }
        catch (OverflowException)
        {
            // Only reachable with figures near decimal's range (about 8·10^28); a host that
            // skipped the reader's limit gets a grey verdict with the reason, not a crash.
            return new GoalOutcome(GoalStatus.NoData, new Text("De getallen zijn te groot om te beoordelen.", "The figures are too large to judge.")) { Norm = norm };
        }
    }

    private static GoalOutcome JudgeExactly(Norm norm, MeasurementSeries series, int peiljaar)
    {
        var used = series.UpTo(peiljaar);
        var missing = series.MissingAfter(used.Length == 0 ? null : used[^1].Period.Time, peiljaar);
        var outcome = BaselineWithoutPeriod.Annotate(JudgeMeasured(norm, used, peiljaar), norm, used);
        return missing is { } gap ? MissingLatest.Annotate(outcome, gap, used.Length == 0 ? null : used[^1]) : outcome;
    }

    private static GoalOutcome JudgeMeasured(Norm norm, ReadOnlySpan<Measurement> used, int peiljaar)
    {
        if (used.Length == 0)
            return new GoalOutcome(GoalStatus.NoData, new Text($"Geen metingen tot en met {peiljaar}.", $"No measurements up to {peiljaar}.")) { Norm = norm };

        if (norm.EffectiveTarget is { } target) return TargetJudgement.Judge(norm, target, used, peiljaar);
        if (norm.Direction is { } direction) return DirectionJudgement.Judge(norm, direction, used);
        return new GoalOutcome(GoalStatus.NotMeasurable, new Text(
            "Het doel heeft een indicator maar geen streefwaarde, tussendoel of richting.",
            "The goal has an indicator but no target, milestone or direction.")) { Norm = norm, Latest = used[^1], Used = used.Length };
    }

    /// <summary>
    /// Where the path or the direction starts: the nulmeting; without one, the last measurement at
    /// or before the start of the kader's period (the situation the policy set out to change);
    /// without that, the first measurement. A nulmeting without a period keeps its value and takes
    /// the time of the earliest measurement (the earliest point the data can place it at).
    /// </summary>
    public static (decimal Time, decimal Value) StartOf(Norm norm, ReadOnlySpan<Measurement> used)
    {
        if (norm.Baseline is { Period: { } at } b) return (at.Time, b.Value);
        if (norm.Baseline is { } unplaced) return (used[0].Period.Time, unplaced.Value);
        if (norm.PeriodStart is { } from)
        {
            var atOrBefore = CountAtOrBefore(used, from);
            if (atOrBefore > 0) return (used[atOrBefore - 1].Period.Time, used[atOrBefore - 1].Value);
        }
        return (used[0].Period.Time, used[0].Value);
    }

    /// <summary>
    /// The measurements the trend is fitted to: those at or after the start, so history from before
    /// the policy's starting point does not bend the trend or the projection.
    /// </summary>
    public static ReadOnlySpan<Measurement> FromStart(Norm norm, ReadOnlySpan<Measurement> used)
    {
        var (startTime, _) = StartOf(norm, used);
        var before = CountBefore(used, startTime);
        return used[before..];
    }

    // The series is sorted by time: binary searches keep a long history cheap to skip.
    private static int CountAtOrBefore(ReadOnlySpan<Measurement> sorted, decimal time)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Period.Time <= time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int CountBefore(ReadOnlySpan<Measurement> sorted, decimal time)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Period.Time < time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Is a value on the good side of a target? <paramref name="side"/> is <see cref="TargetSide.Of"/>.</summary>
    public static bool Meets(decimal value, Target target, int side, decimal tolerance) => target.Comparator switch
    {
        Comparator.AtLeastAsGood => side > 0 ? value >= target.Value : side < 0 ? value <= target.Value : value == target.Value,
        Comparator.LessOrEqual => value <= target.Value,
        Comparator.Less => value < target.Value,
        Comparator.GreaterOrEqual => value >= target.Value,
        Comparator.Greater => value > target.Value,
        Comparator.Between => value >= target.Value && value <= Band.UpperOf(target),
        _ => Math.Abs(value - target.Value) <= tolerance * Math.Abs(target.Value),
    };
}
