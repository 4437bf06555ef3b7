using static PolicyLang.Runtime.NumberText;

namespace PolicyLang.Runtime;

/// <summary>
/// docs/monitoring.md §4: a doel with a streefwaarde or tussendoelen. The steps run in the
/// document's order and each verdict's reason names the norm that decided it.
/// </summary>
internal static class TargetJudgement
{
    public static GoalOutcome Judge(Norm norm, Target target, ReadOnlySpan<Measurement> used, int peiljaar)
    {
        var latest = used[^1];
        var year = target.Year ?? norm.PeriodEnd ?? latest.Period.Year;
        var decimals = DisplayPrecision.Of(norm, used);
        var (startTime, startValue) = GoalRules.StartOf(norm, used);
        // A bandwidth is approached from the start: from below it is "at least the lower bound" (Band).
        var side = target.Comparator == Comparator.Between ? Band.SideFrom(target, startValue) : TargetSide.Of(norm, target);
        var outcome = new GoalOutcome(GoalStatus.OnTrack, new Text("", ""))
        {
            Norm = norm, Latest = latest, Used = used.Length, ProjectionYear = year, StartTime = startTime, StartValue = startValue,
        };
        string V(decimal value) => Nl(value, decimals);
        string VEn(decimal value) => En(value, decimals);
        // A target as a figure; a bandwidth as its two bounds.
        string VT(Target t) => t.Comparator == Comparator.Between ? $"{V(t.Value)} t/m {V(Band.UpperOf(t))}" : V(t.Value);
        string VTEn(Target t) => t.Comparator == Comparator.Between ? $"{VEn(t.Value)} to {VEn(Band.UpperOf(t))}" : VEn(t.Value);

        // 1. The target year is over: a final verdict on the figure of that year, whatever came after.
        if (IsOver(year, latest, peiljaar))
        {
            if (LastIn(used, year) is not { } judged)
                return outcome with
                {
                    Status = GoalStatus.NoData, JudgedYear = year,
                    Reason = new Text($"Het doeljaar {year} van de streefwaarde {VT(target)} is voorbij, maar er is geen meting van {year}.",
                                      $"The target year {year} of the target {VTEn(target)} is over, but there is no measurement of {year}."),
                };
            var met = GoalRules.Meets(judged.Value, target, side, norm.Tolerance);
            return outcome with
            {
                Status = met ? GoalStatus.Achieved : GoalStatus.NotAchieved, Latest = judged, JudgedYear = year,
                Reason = met
                    ? new Text($"Behaald: de streefwaarde {VT(target)} voor {year} is gehaald met {V(judged.Value)} in {judged.Period}.",
                               $"Achieved: the target {VTEn(target)} for {year} is met with {VEn(judged.Value)} in {judged.Period}.")
                    : new Text($"Niet behaald: de streefwaarde {VT(target)} voor {year} is niet gehaald; gemeten {V(judged.Value)} in {judged.Period}.",
                               $"Not achieved: the target {VTEn(target)} for {year} is missed; measured {VEn(judged.Value)} in {judged.Period}."),
            };
        }

        var x = latest.Value;
        var trend = Trend.Of(GoalRules.FromStart(norm, used));

        // 2. A tussendoel is the norm for its own year: missing it is never groen that year.
        if (MilestoneIn(norm, latest.Period.Year) is { } inForce && !GoalRules.Meets(x, inForce, TargetSide.Of(norm, inForce), norm.Tolerance))
        {
            // A missed band is missed from the side the figure lies on, by its distance to the band.
            var isBand = inForce.Comparator == Comparator.Between;
            var mSide = isBand ? Band.SideFrom(inForce, x) : TargetSide.Of(norm, inForce);
            var behindMilestone = isBand ? Band.Distance(inForce, x) : mSide != 0 ? mSide * (inForce.Value - x) : Math.Abs(x - inForce.Value);
            var what = new Text($"het tussendoel {VT(inForce)} voor {inForce.Year} is niet gehaald: gemeten {V(x)} in {latest.Period}",
                                $"the milestone {VTEn(inForce)} for {inForce.Year} is missed: measured {VEn(x)} in {latest.Period}");
            var missed = outcome with { Expected = inForce.Value };
            if (mSide != 0 && mSide * trend.Sign < 0)
                return missed with { Status = GoalStatus.OffTrack, Reason = new Text($"Niet op koers: {what.Nl}, en de trend beweegt van het doel af.", $"Off track: {what.En}, and the trend moves away from the target.") };
            if (behindMilestone <= norm.Tolerance * Math.Abs(inForce.Value))
                return missed with { Status = GoalStatus.AtRisk, Reason = new Text($"Risico: {what.Nl}, binnen de tolerantie van {Percent(norm.Tolerance, false)}.", $"At risk: {what.En}, within the tolerance of {Percent(norm.Tolerance, true)}.") };
            return missed with { Status = GoalStatus.OffTrack, Reason = new Text($"Niet op koers: {what.Nl}, buiten de tolerantie van {Percent(norm.Tolerance, false)}.", $"Off track: {what.En}, beyond the tolerance of {Percent(norm.Tolerance, true)}.") };
        }

        // 3. Nothing measured since the policy's starting point: no judgement, never groen.
        if (latest.Period.Time <= startTime)
            return outcome with
            {
                Status = GoalStatus.NoData,
                Reason = new Text($"Nog geen meting na het beginpunt ({V(startValue)} in {Year(startTime)}): het doel is nog niet te beoordelen.",
                                  $"No measurement after the starting point ({VEn(startValue)} in {Year(startTime)}) yet: the goal cannot be judged."),
            };

        // 4. Achieved before the target year: the streefwaarde is met and so was every norm in force so far.
        var missedEarlier = FirstMissedMilestone(norm, used, latest.Period.Year);
        if (GoalRules.Meets(x, target, side, norm.Tolerance) && missedEarlier is null)
            return outcome with
            {
                Status = GoalStatus.Achieved,
                Reason = new Text($"Behaald: de streefwaarde {VT(target)} voor {year} is al gehaald met {V(x)} in {latest.Period}, en elk tussendoel tot nu toe ook.",
                                  $"Achieved: the target {VTEn(target)} for {year} is already met with {VEn(x)} in {latest.Period}, and so was every milestone so far."),
            };

        // 5. On the way: the path from the start through the tussendoelen to the streefwaarde.
        var path = GoalPath.Build(startTime, startValue, norm.Milestones, year, target);
        var expected = path.At(latest.Period.Time);
        var certain = trend.IsCertain;
        var projection = year > latest.Period.Time ? trend.ProjectFrom(latest, year) : null;
        outcome = outcome with
        {
            Expected = DisplayPrecision.Round(expected, decimals),
            Projection = projection is { } p0 ? DisplayPrecision.Round(p0, decimals) : null,
            ProjectionCertain = projection is not null && certain,
        };
        var behind = target.Comparator == Comparator.Between ? Band.Behind(target, side, expected, x)
            : side != 0 ? side * (expected - x) : Math.Abs(x - expected);
        var band = norm.Tolerance * Math.Abs(expected);
        var figures = new Text($"gemeten {V(x)} in {latest.Period}, het pad naar de streefwaarde {VT(target)} in {year} verwacht {V(expected)}",
                               $"measured {VEn(x)} in {latest.Period}, the path to the target {VTEn(target)} in {year} expects {VEn(expected)}");
        var earlier = missedEarlier is { } m
            ? new Text($" Het tussendoel {VT(m.Milestone)} voor {m.Milestone.Year} is niet gehaald ({V(m.Measured.Value)} in {m.Measured.Period}).",
                       $" The milestone {VTEn(m.Milestone)} for {m.Milestone.Year} was missed ({VEn(m.Measured.Value)} in {m.Measured.Period}).")
            : new Text("", "");

        if (behind <= 0)
            return outcome with { Status = GoalStatus.OnTrack, Reason = new Text($"Op of voor het pad: {figures.Nl}.{earlier.Nl}", $"On or ahead of the path: {figures.En}.{earlier.En}") };
        if (side != 0 && side * trend.Sign < 0)
            return outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Achter op het pad en de trend beweegt van het doel af: {figures.Nl}.{earlier.Nl}", $"Behind the path and the trend moves away from the target: {figures.En}.{earlier.En}") };
        if (behind <= band)
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Achter op het pad, binnen de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.{earlier.Nl}", $"Behind the path, within the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.{earlier.En}") };
        if (projection is { } p && certain && GoalRules.Meets(p, target, side, norm.Tolerance))
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Achter op het pad, maar de trend haalt {VT(target)} in {year} (projectie {V(p)}): {figures.Nl}.{earlier.Nl}", $"Behind the path, but the trend reaches {VTEn(target)} in {year} (projection {VEn(p)}): {figures.En}.{earlier.En}") };
        return outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Achter op het pad, buiten de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.{earlier.Nl}", $"Behind the path, beyond the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.{earlier.En}") };
    }

    /// <summary>
    /// The target year is over once the peiljaar lies after it, or once the figure of its last
    /// period is in (a yearly figure, or the last half year, quarter or month of that year).
    /// </summary>
    private static bool IsOver(int year, Measurement latest, int peiljaar) =>
        peiljaar > year || (latest.Period.Year == year && latest.Period.Index == latest.Period.PerYear);

    /// <summary>The last judged measurement within one year, if any.</summary>
    private static Measurement? LastIn(ReadOnlySpan<Measurement> used, int year)
    {
        for (var i = used.Length - 1; i >= 0; i--)
        {
            if (used[i].Period.Year == year) return used[i];
            if (used[i].Period.Year < year) break;
        }
        return null;
    }

    /// <summary>The tussendoel for one year: the last one written for it.</summary>
    private static Target? MilestoneIn(Norm norm, int year)
    {
        Target? found = null;
        foreach (var m in norm.Milestones)
            if (m.Year == year) found = m;
        return found;
    }

    /// <summary>The earliest tussendoel before <paramref name="beforeYear"/> that its own year's figure missed.</summary>
    private static (Target Milestone, Measurement Measured)? FirstMissedMilestone(Norm norm, ReadOnlySpan<Measurement> used, int beforeYear)
    {
        (Target, Measurement)? first = null;
        foreach (var m in norm.Milestones)
        {
            if (m.Year is not { } y || y >= beforeYear || MilestoneIn(norm, y) != m) continue;
            if (LastIn(used, y) is not { } measured || GoalRules.Meets(measured.Value, m, TargetSide.Of(norm, m), norm.Tolerance)) continue;
            if (first is null || y < first.Value.Item1.Year) first = (m, measured);
        }
        return first;
    }

    private static string Year(decimal time) => ((int)decimal.Floor(time)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
