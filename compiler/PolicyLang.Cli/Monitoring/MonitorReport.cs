using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>One line of the doel tree in a report: a node, its depth, its own outcome (doelen) and the roll-up below it.</summary>
public sealed record ReportRow(int Depth, GoalInfo Goal, GoalOutcome? Outcome, Distribution RollUp, IndicatorInfo? Indicator);

/// <summary>
/// What every report format shows, computed once: the summary, the doel tree in declaration
/// order (a doel that contributes to two parents appears under both), and per measurable doel
/// its series up to the peiljaar.
/// </summary>
public sealed class MonitorReport
{
    public MonitorReport(MonitorResult result, MeasurementData data, string measurementsName, bool english)
    {
        Result = result;
        Data = data;
        MeasurementsName = measurementsName;
        English = english;
        var rows = new List<ReportRow>();
        foreach (var root in result.Roots) Walk(root, 0, rows, []);
        Rows = rows;
        Measurable = result.Goals.Where(g => result.OutcomeOf(g.Id)?.Norm is not null).ToList();
    }

    public MonitorResult Result { get; }
    public MeasurementData Data { get; }
    public string MeasurementsName { get; }
    public bool English { get; }
    public IReadOnlyList<ReportRow> Rows { get; }

    /// <summary>Doelen with an indicator and a norm: each gets a chart.</summary>
    public IReadOnlyList<GoalInfo> Measurable { get; }

    public string T(string nl, string en) => English ? en : nl;

    public string Title => Result.Kader.Title;
    public string Gemeenten => string.Join(", ", Result.Kader.Gemeenten);

    /// <summary>The measurements of a doel's indicator up to the peiljaar.</summary>
    public Measurement[] SeriesOf(GoalInfo goal) =>
        goal.Indicator is { } id ? Data.Series(id).UpTo(Result.Peiljaar).ToArray() : [];

    /// <summary>The periods of a doel's indicator the data declare missing, up to the peiljaar.</summary>
    public MissingMeasurement[] MissingOf(GoalInfo goal) =>
        goal.Indicator is { } id ? [.. Data.Series(id).Missing.ToArray().Where(m => m.Period.Year <= Result.Peiljaar)] : [];

    /// <summary>"2020 (nog niet bekend)": a missing period with its reason.</summary>
    public string MissingText(MissingMeasurement m) => $"{m.Period} ({m.Reason.Describe().In(English)})";

    public string Number(decimal value) => English ? NumberText.En(value) : NumberText.Nl(value);

    private void Walk(GoalInfo goal, int depth, List<ReportRow> rows, HashSet<string> path)
    {
        if (!path.Add(goal.Id)) return;
        rows.Add(new ReportRow(depth, goal, Result.OutcomeOf(goal.Id), Result.RollUp(goal.Id), Result.IndicatorOf(goal)));
        foreach (var child in Result.ChildrenOf(goal.Id)) Walk(child, depth + 1, rows, path);
        path.Remove(goal.Id);
    }
}
