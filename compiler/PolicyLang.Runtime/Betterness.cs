namespace PolicyLang.Runtime;

/// <summary>Where the better side of a doel comes from, in the order <see cref="Betterness.Of"/> tries them.</summary>
public enum BetterReason { Polarity, Direction, Comparator, BaselineToTarget, None }

/// <summary>The better side of a doel: +1 higher is better, -1 lower is better, 0 no side is better.</summary>
public readonly record struct BetterSide(int Sign, BetterReason Reason);

/// <summary>
/// "Which way is better" for one doel: the one definition the checker (PL3008, through the
/// compiler's GoalFacts) and the monitor (<see cref="Norm.BetterSign"/>) share, so the two can
/// never disagree (docs/monitoring.md, "Which way is better"). In order:
/// the indicator's polarity (hoger/lager is beter); else the doel's richting (toename/afname);
/// else the comparator of the target it is judged against (minimaal, &gt;=, &gt; up; maximaal,
/// &lt;=, &lt; down); else the way from the nulmeting to that target; else no side.
/// A neutral polarity and the richting 'behoud' say nothing about a side, so they fall through.
/// </summary>
public static class Betterness
{
    public static BetterSide Of(Polarity polarity, Direction? direction, Target? target, Baseline? baseline)
    {
        if (polarity == Polarity.HigherIsBetter) return new(1, BetterReason.Polarity);
        if (polarity == Polarity.LowerIsBetter) return new(-1, BetterReason.Polarity);
        if (direction == Direction.Increase) return new(1, BetterReason.Direction);
        if (direction == Direction.Decrease) return new(-1, BetterReason.Direction);
        if (target is { } t)
        {
            switch (t.Comparator)
            {
                case Comparator.GreaterOrEqual or Comparator.Greater: return new(1, BetterReason.Comparator);
                case Comparator.LessOrEqual or Comparator.Less: return new(-1, BetterReason.Comparator);
            }
            // A band is better toward it from the baseline (Band.Toward); from inside it, no side is.
            if (baseline is { } b && Band.Toward(t, b.Value) != b.Value) return new(Math.Sign(Band.Toward(t, b.Value) - b.Value), BetterReason.BaselineToTarget);
        }
        return new(0, BetterReason.None);
    }

    /// <summary>
    /// The target a doel is judged against: the streefwaarde, else the tussendoel with the latest
    /// year (one without a year counts as latest; of equals, the last written).
    /// </summary>
    public static Target? EffectiveTarget(Target? target, IReadOnlyList<Target> milestones) =>
        target ?? (milestones.Count == 0 ? null : milestones.OrderBy(m => m.Year ?? int.MaxValue).Last());
}
