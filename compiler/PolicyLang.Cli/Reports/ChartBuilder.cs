using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>Turns a doel's norm, series and outcome into a <see cref="ChartModel"/>.</summary>
public static class ChartBuilder
{
    public static ChartModel Build(MonitorReport report, GoalInfo goal, GoalOutcome outcome, Norm norm, FigureFormat f, ComparisonSeries comparisons)
    {
        var english = report.English;
        string T(string nl, string en) => english ? en : nl;
        var series = report.SeriesOf(goal);
        var gaps = report.MissingOf(goal)
            .Select(m => new ChartGap(m.Period.Time, m.Period.ToString(), m.Reason.Describe().In(english))).ToList();

        // A period declared missing between two measurements breaks the line there.
        var segments = new List<List<ChartPoint>>();
        var current = new List<ChartPoint>();
        foreach (var m in series)
        {
            if (current.Count > 0 && gaps.Any(g => g.Time > current[^1].Time && g.Time < m.Period.Time))
            {
                segments.Add(current);
                current = [];
            }
            current.Add(new ChartPoint(m.Period.Time, m.Value, m.Period.ToString(), m.Provisional, m.Illustrative));
        }
        if (current.Count > 0) segments.Add(current);

        var target = norm.EffectiveTarget;
        var start = outcome.StartTime is { } st0 && outcome.StartValue is { } sv0 ? (st0, sv0)
            : norm.Baseline is { Period: { } np } nb ? (np.Time, nb.Value) : ((decimal, decimal)?)null;
        var normPoints = new List<NormPoint>();
        ChartMark? targetMark = null;
        if (target is { } t && start is var (st, sv))
        {
            var year = t.Year ?? norm.PeriodEnd ?? report.Result.Peiljaar;
            var path = GoalPath.Build(st, sv, norm.Milestones, year, t);
            var side = norm.BetterSign();
            // The norm in force per year: the path at each whole year from its start to the target year, with
            // the tolerance band on the losing side (what the monitor still calls oranje).
            var times = path.Points.Select(p => p.Time)
                .Concat(Enumerable.Range((int)Math.Ceiling(path.Points[0].Time), Math.Max(0, year - (int)Math.Ceiling(path.Points[0].Time) + 1)).Select(y => (decimal)y))
                .Distinct().Order();
            // At the precision of the data and the norm, as the runtime shows computed figures (no 13,33%).
            var decimals = DisplayPrecision.Of(norm, series);
            foreach (var time in times)
            {
                var v = path.At(time);
                var band = norm.Tolerance * Math.Abs(v);
                normPoints.Add(new NormPoint(time, DisplayPrecision.Round(v, decimals), DisplayPrecision.Round(side >= 0 ? v - band : v + band, decimals)));
            }
            targetMark = new ChartMark(year, t.Value, $"{T("streefwaarde", "target")}: {f.Target(t)}", $"{T("streefwaarde", "target")}: {f.Target(t with { Year = null }, compact: true)}");
        }

        ChartProjection? projection = null;
        if (outcome.Projection is { } proj && outcome.ProjectionYear is { } py && outcome.Latest is { } latest)
            projection = new ChartProjection(latest.Period.Time, latest.Value, py, proj, outcome.ProjectionCertain);

        return new ChartModel(T($"Grafiek: {goal.Title}", $"Chart: {goal.Title}"), f.AxisLabel, f)
        {
            Segments = segments,
            Gaps = gaps,
            Norm = normPoints,
            Baseline = BaselineMark(norm, outcome, f, T),
            Milestones = [.. norm.Milestones.Where(m => m.Year is not null).Select(m => new ChartMark(m.Year!.Value, m.Value, $"{T("tussendoel", "milestone")}: {f.Target(m)}", $"{T("tussendoel", "milestone")}: {f.Target(m with { Year = null }, compact: true)}"))],
            Target = targetMark,
            Projection = projection,
            Peiljaar = report.Result.Peiljaar,
            Comparisons = goal.Indicator is { } ind
                ? [.. comparisons.Of(ind, report.Result.Peiljaar).Select(c => new ComparisonLine(c.Name, [.. c.Values.Select(m => new ChartPoint(m.Period.Time, m.Value, m.Period.ToString(), m.Provisional, m.Illustrative))]))]
                : [],
        };
    }

    /// <summary>
    /// The nulmeting as drawn: at its period, or, when the document gives none, where the monitor
    /// placed it (the outcome's starting point, the earliest measurement), labelled "zonder jaar".
    /// </summary>
    private static ChartMark? BaselineMark(Norm norm, GoalOutcome outcome, FigureFormat f, Func<string, string, string> T)
    {
        if (norm.Baseline is not { } b) return null;
        var label = T("nulmeting", "baseline");
        if (b.Period is { } at) return new ChartMark(at.Time, b.Value, $"{label} {at}: {f.Value(b.Value)}", $"{label}: {f.Compact(b.Value)}");
        if (outcome.StartTime is not { } placed) return null;
        return new ChartMark(placed, b.Value, $"{label} ({T("zonder jaar", "no year given")}): {f.Value(b.Value)}", $"{label}: {f.Compact(b.Value)}");
    }
}
