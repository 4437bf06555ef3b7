namespace PolicyLang.Runtime;

/// <summary>
/// docs/monitoring.md §6: the status of a parent doel that has no indicator of its own is the
/// worst judged status among the doelen below it. Worst, not a majority: one rood subdoel is what
/// a raad must see on the parent, and the distribution is shown next to it.
/// </summary>
public static class ParentStatus
{
    /// <summary>From bad to good; grey statuses are no judgement and do not count.</summary>
    private static readonly GoalStatus[] WorstFirst = [GoalStatus.NotAchieved, GoalStatus.OffTrack, GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.Achieved];

    public static GoalOutcome Of(Distribution below)
    {
        foreach (var status in WorstFirst)
            if (below[status] > 0)
                return new GoalOutcome(status, new Text(
                    $"Gemeten via de subdoelen ({Describe(below, false)}); het slechtste oordeel telt: {status.Label()}.",
                    $"Measured through its sub-goals ({Describe(below, true)}); the worst verdict counts: {status.Label(true)}."))
                { FromSubgoals = true };
        var status0 = below[GoalStatus.NoData] > 0 ? GoalStatus.NoData : GoalStatus.NotMeasurable;
        return new GoalOutcome(status0, new Text(
            "Gemeten via de subdoelen, maar geen daarvan is al te beoordelen.",
            "Measured through its sub-goals, but none of them can be judged yet.")) { FromSubgoals = true };
    }

    private static string Describe(Distribution d, bool english) => string.Join(", ",
        Enum.GetValues<Colour>().Where(c => d.Of(c) > 0).Select(c => $"{d.Of(c)} {c.Label(english)}"));
}
