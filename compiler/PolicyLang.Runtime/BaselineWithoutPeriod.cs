using static PolicyLang.Runtime.NumberText;

namespace PolicyLang.Runtime;

/// <summary>
/// A nulmeting the document gives without a year ("nulmeting: 65%", issue 13 item 2). The
/// monitor places it at the earliest measurement (<see cref="GoalRules.StartOf"/>) and says so at
/// the end of the reason, so the reader knows the path's starting year is the monitor's choice,
/// not the document's (the checker's PL3061 says the same).
/// </summary>
internal static class BaselineWithoutPeriod
{
    public static GoalOutcome Annotate(GoalOutcome outcome, Norm norm, ReadOnlySpan<Measurement> used)
    {
        if (norm.Baseline is not { Period: null } baseline || used.Length == 0) return outcome;
        // A written figure, shown as written (no display precision: it is not computed).
        var (value, valueEn) = (Nl(baseline.Value), En(baseline.Value));
        var first = used[0].Period;
        var tail = new Text($" De nulmeting {value} heeft geen jaar: de monitor legt haar bij de eerste meting ({first}).",
                            $" The baseline {valueEn} has no year: the monitor places it at the first measurement ({first}).");
        return outcome with { Reason = new Text(outcome.Reason.Nl + tail.Nl, outcome.Reason.En + tail.En) };
    }
}
