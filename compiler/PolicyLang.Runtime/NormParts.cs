namespace PolicyLang.Runtime;

/// <summary>
/// docs/monitoring.md §6a: a doel measured by more than one indicator, each with its own norm
/// (its own indicator and the <c>norm</c>s nested in it; issue 13 item 3). Each part is judged by
/// the rules of §4 and §5 on its own; the doel's status is the worst judged one, as for a parent
/// and its subdoelen (<see cref="ParentStatus"/>): one indicator in the red is what the raad must
/// see. Grey parts (no data, not measurable) count only when no part is judged. The outcome keeps
/// the figures of the part that decided it and names every part in its reason.
/// </summary>
public static class NormParts
{
    public static GoalOutcome Combine(params (string Name, GoalOutcome Outcome)[] parts)
    {
        if (parts.Length == 1) return parts[0].Outcome;
        var decisive = parts.Select(p => p.Outcome).OrderBy(Rank).First();
        var nl = string.Join(" ", parts.Select(p => $"{p.Name}: {p.Outcome.Status.Label()}: {p.Outcome.Reason.Nl}"));
        var en = string.Join(" ", parts.Select(p => $"{p.Name}: {p.Outcome.Status.Label(true)}: {p.Outcome.Reason.En}"));
        return decisive with
        {
            Reason = new Text($"Gemeten met {parts.Length} indicatoren; het slechtste oordeel telt: {decisive.Status.Label()}. {nl}",
                              $"Measured with {parts.Length} indicators; the worst verdict counts: {decisive.Status.Label(true)}. {en}"),
            Parts = [.. parts.Select(p => p.Outcome)],
        };
    }

    /// <summary>Worst first: the judged statuses from bad to good, then geen gegevens, then niet meetbaar.</summary>
    private static int Rank(GoalOutcome outcome) => outcome.Status switch
    {
        GoalStatus.NotAchieved => 0,
        GoalStatus.OffTrack => 1,
        GoalStatus.AtRisk => 2,
        GoalStatus.OnTrack => 3,
        GoalStatus.Achieved => 4,
        GoalStatus.NoData => 5,
        _ => 6,
    };
}
