using static PolicyLang.Runtime.NumberText;

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
        if (used.Length == 0)
            return new GoalOutcome(GoalStatus.NoData, new Text($"Geen metingen tot en met {peiljaar}.", $"No measurements up to {peiljaar}.")) { Norm = norm };

        var latest = used[^1];
        var trend = Trend.Of(FromStart(norm, used));
        if (norm.EffectiveTarget is { } target) return AgainstTarget(norm, target, used, latest, trend);
        if (norm.Direction is { } direction) return OnDirection(norm, direction, used, latest, trend);
        return new GoalOutcome(GoalStatus.NotMeasurable, new Text(
            "Het doel heeft een indicator maar geen streefwaarde, tussendoel of richting.",
            "The goal has an indicator but no target, milestone or direction.")) { Norm = norm, Latest = latest, Used = used.Length };
    }

    /// <summary>
    /// Where the path or the direction starts: the nulmeting; without one, the last measurement at
    /// or before the start of the kader's period (the situation the policy set out to change);
    /// without that, the first measurement.
    /// </summary>
    public static (decimal Time, decimal Value) StartOf(Norm norm, ReadOnlySpan<Measurement> used)
    {
        if (norm.Baseline is { } b) return (b.Year, b.Value);
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

    /// <summary>Is a value on the good side of a target?</summary>
    public static bool Meets(decimal value, Target target, int betterSign, decimal tolerance) => target.Comparator switch
    {
        Comparator.AtLeastAsGood => betterSign > 0 ? value >= target.Value : betterSign < 0 ? value <= target.Value : value == target.Value,
        Comparator.LessOrEqual => value <= target.Value,
        Comparator.Less => value < target.Value,
        Comparator.GreaterOrEqual => value >= target.Value,
        Comparator.Greater => value > target.Value,
        _ => Math.Abs(value - target.Value) <= tolerance * Math.Abs(target.Value),
    };

    private static GoalOutcome AgainstTarget(Norm norm, Target target, ReadOnlySpan<Measurement> used, Measurement latest, Trend trend)
    {
        var x = latest.Value;
        var sign = norm.BetterSign();
        var year = target.Year ?? norm.PeriodEnd ?? latest.Period.Year;
        // A projection is about the future: once the target year is reached there is none.
        var projection = year > latest.Period.Time ? trend.At(year) : null;
        var (startTime, startValue) = StartOf(norm, used);
        var outcome = new GoalOutcome(GoalStatus.OnTrack, new Text("", ""))
        {
            Norm = norm, Latest = latest, Used = used.Length, Projection = projection, ProjectionYear = year,
            StartTime = startTime, StartValue = startValue, TrendAtLatest = trend.At(latest.Period.Time),
        };
        var tv = Nl(target.Value);
        var tvEn = En(target.Value);

        if (Meets(x, target, sign, norm.Tolerance))
            return outcome with
            {
                Status = GoalStatus.Achieved,
                Reason = new Text($"De streefwaarde {tv} is gehaald: {Nl(x)} in {latest.Period}.", $"The target {tvEn} is met: {En(x)} in {latest.Period}."),
            };

        var path = GoalPath.Build(startTime, startValue, norm.Milestones, year, target.Value);
        var expected = path.At(latest.Period.Time);
        outcome = outcome with { Expected = expected };
        var behind = sign != 0 ? sign * (expected - x) : Math.Abs(x - expected);
        var band = norm.Tolerance * Math.Abs(expected);
        var figures = new Text($"gemeten {Nl(x)} in {latest.Period}, het pad naar {tv} in {year} verwacht {Nl(expected)}",
                               $"measured {En(x)} in {latest.Period}, the path to {tvEn} in {year} expects {En(expected)}");

        if (behind <= 0)
            return outcome with { Status = GoalStatus.OnTrack, Reason = new Text($"Op of voor het pad: {figures.Nl}.", $"On or ahead of the path: {figures.En}.") };
        if (sign != 0 && sign * trend.Sign < 0)
            return outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Achter op het pad en de trend beweegt van het doel af: {figures.Nl}.", $"Behind the path and the trend moves away from the target: {figures.En}.") };
        if (behind <= band)
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Achter op het pad, binnen de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.", $"Behind the path, within the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.") };
        if (projection is { } p && Meets(p, target, sign, norm.Tolerance))
            return outcome with { Status = GoalStatus.AtRisk, Reason = new Text($"Achter op het pad, maar de trend haalt {tv} in {year} (projectie {Nl(p)}): {figures.Nl}.", $"Behind the path, but the trend reaches {tvEn} in {year} (projection {En(p)}): {figures.En}.") };
        return outcome with { Status = GoalStatus.OffTrack, Reason = new Text($"Achter op het pad, buiten de tolerantie van {Percent(norm.Tolerance, false)}: {figures.Nl}.", $"Behind the path, beyond the tolerance of {Percent(norm.Tolerance, true)}: {figures.En}.") };
    }

    private static GoalOutcome OnDirection(Norm norm, Direction direction, ReadOnlySpan<Measurement> used, Measurement latest, Trend trend)
    {
        var (startTime, startValue) = StartOf(norm, used);
        var outcome = new GoalOutcome(GoalStatus.NoData, new Text("", ""))
        {
            Norm = norm, Latest = latest, Used = used.Length, StartTime = startTime, StartValue = startValue,
            Projection = norm.PeriodEnd is { } end ? trend.At(end) : null, ProjectionYear = norm.PeriodEnd,
            TrendAtLatest = trend.At(latest.Period.Time),
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
        var final = norm.PeriodEnd is { } periodEnd && latest.Period.Year >= periodEnd;
        var figures = new Text($"van {Nl(startValue)} naar {Nl(x)} in {latest.Period}", $"from {En(startValue)} to {En(x)} in {latest.Period}");
        var good = final ? GoalStatus.Achieved : GoalStatus.OnTrack;
        var goodText = final
            ? new Text($"De beoogde richting is aan het eind van de periode gehaald: {figures.Nl}.", $"The intended direction is reached at the end of the period: {figures.En}.")
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
