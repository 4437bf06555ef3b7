using static PolicyLang.Runtime.NumberText;

namespace PolicyLang.Runtime;

/// <summary>docs/monitoring.md §5: a doel that only states a direction (richting, no target).</summary>
internal static class DirectionJudgement
{
    public static GoalOutcome Judge(Norm norm, Direction direction, ReadOnlySpan<Measurement> used)
    {
        var latest = used[^1];
        var decimals = DisplayPrecision.Of(norm, used);
        var (startTime, startValue) = GoalRules.StartOf(norm, used);
        var trend = Trend.Of(GoalRules.FromStart(norm, used));
        var projection = norm.DirectionDue is { } end && end > latest.Period.Time ? trend.ProjectFrom(latest, end) : null;
        var outcome = new GoalOutcome(GoalStatus.NoData, new Text("", ""))
        {
            Norm = norm, Latest = latest, Used = used.Length, StartTime = startTime, StartValue = startValue,
            Projection = projection is { } p ? DisplayPrecision.Round(p, decimals) : null, ProjectionYear = norm.DirectionDue,
            ProjectionCertain = projection is not null && trend.IsCertain,
        };
        if (latest.Period.Time <= startTime)
            return outcome with
            {
                Status = GoalStatus.NoData,
                Reason = new Text("Nog geen meting na het beginpunt: de richting is niet te bepalen.", "No measurement after the starting point yet: the direction cannot be judged."),
            };

        var x = latest.Value;
        var change = x - startValue;
        var sign = direction switch { Direction.Increase => 1, Direction.Decrease => -1, _ => norm.BetterSign() };
        var band = norm.Tolerance * Math.Abs(startValue);
        // The direction's own year ("afname in 2022"), else the end of the period, is when it is reached or not.
        var final = norm.DirectionDue is { } due && latest.Period.Year >= due;
        var figures = new Text($"van {Nl(startValue, decimals)} naar {Nl(x, decimals)} in {latest.Period}", $"from {En(startValue, decimals)} to {En(x, decimals)} in {latest.Period}");
        var good = final ? GoalStatus.Achieved : GoalStatus.OnTrack;
        var goodText = final
            ? norm.DirectionYear is { } y
                ? new Text($"De beoogde richting is in {y} gehaald: {figures.Nl}.", $"The intended direction is reached in {y}: {figures.En}.")
                : new Text($"De beoogde richting is aan het eind van de periode gehaald: {figures.Nl}.", $"The intended direction is reached at the end of the period: {figures.En}.")
            : new Text($"Beweegt de goede kant op: {figures.Nl}.", $"Moving the right way: {figures.En}.");

        if (sign == 0)
        {
            return Math.Abs(change) <= band
                ? outcome with { Status = good, Reason = goodText }
                : outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Niet gelijk gebleven, buiten de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.", $"Not kept level, beyond the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.") };
        }

        var directed = sign * change;
        if (directed > 0 || (directed == 0 && direction == Direction.Keep))
            return outcome with { Status = good, Reason = goodText };
        if (directed == 0)
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Geen verandering sinds het beginpunt: {figures.Nl}.", $"No change since the starting point: {figures.En}.") };
        if (-directed <= band)
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Beweegt de verkeerde kant op, binnen de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.", $"Moving the wrong way, within the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.") };
        return outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Beweegt de verkeerde kant op, buiten de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.", $"Moving the wrong way, beyond the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.") };
    }
}
