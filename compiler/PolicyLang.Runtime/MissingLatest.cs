namespace PolicyLang.Runtime;

/// <summary>
/// A doel whose latest period is declared missing (docs/monitoring.md §4a): the verdict stays the
/// one the latest real figure gives (a missing figure is no evidence either way), and the reason
/// says first that the latest period is missing and why, so no reader takes an old figure for a
/// current one.
/// </summary>
internal static class MissingLatest
{
    public static GoalOutcome Annotate(GoalOutcome outcome, MissingMeasurement gap, Measurement? judgedOn)
    {
        var why = gap.Reason.Describe();
        var head = judgedOn is { } latest
            ? new Text($"De meting over {gap.Period} ontbreekt ({why.Nl}); beoordeeld op {latest.Period}. ",
                       $"The measurement for {gap.Period} is missing ({why.En}); judged on {latest.Period}. ")
            : new Text($"De meting over {gap.Period} ontbreekt ({why.Nl}). ",
                       $"The measurement for {gap.Period} is missing ({why.En}). ");
        return outcome with { Reason = new Text(head.Nl + outcome.Reason.Nl, head.En + outcome.Reason.En), LatestMissing = gap };
    }
}
