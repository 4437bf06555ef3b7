namespace PolicyLang.Runtime;

/// <summary>Marks the monitor class of a generated assembly, so a host finds it without scanning.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KaderMonitorAttribute(Type monitorType) : Attribute
{
    public Type MonitorType { get; } = monitorType;
}

/// <summary>
/// The base class of every generated monitor. The generated constructor declares the kader, its
/// indicators and its doel tree; each doel has one generated method that judges it.
/// </summary>
public abstract class KaderMonitor
{
    private readonly List<IndicatorInfo> _indicators = [];
    private readonly List<GoalInfo> _goals = [];
    private readonly Dictionary<string, Func<MeasurementData, int, GoalOutcome>> _evaluators = new(StringComparer.Ordinal);

    protected KaderMonitor(KaderInfo kader) => Kader = kader;

    public KaderInfo Kader { get; }
    public IReadOnlyList<IndicatorInfo> Indicators => _indicators;
    public IReadOnlyList<GoalInfo> Goals => _goals;

    protected void Indicator(IndicatorInfo indicator) => _indicators.Add(indicator);

    private readonly List<(string Indicator, string[] Operands, Func<FormulaScope, FormulaResult> Formula)> _computed = [];

    /// <summary>A computed indicator (its <c>formule</c>): its series is computed from its operands' series before any doel is judged.</summary>
    protected void Computed(string indicator, string[] operands, Func<FormulaScope, FormulaResult> formula) => _computed.Add((indicator, operands, formula));

    /// <summary>
    /// The data with the computed indicators' series added, in declaration order (a computed
    /// indicator may use an earlier one). A series the data already hold for it is kept: measured beats computed.
    /// </summary>
    public MeasurementData WithComputed(MeasurementData data)
    {
        if (_computed.Count == 0) return data;
        foreach (var (indicator, operands, formula) in _computed)
        {
            if (data.AllSeries.Any(s => s.Indicator == indicator)) continue;
            var series = ComputedSeries.Compute(indicator, operands, formula, data);
            data = new MeasurementData([.. data.AllSeries, series]);
        }
        return data;
    }

    protected void Node(GoalInfo goal) => _goals.Add(goal);

    protected void Goal(GoalInfo goal, Func<MeasurementData, int, GoalOutcome> evaluate)
    {
        _goals.Add(goal);
        _evaluators.Add(goal.Id, evaluate);
    }

    /// <summary>Judges one doel; null for ambities and kaderstellingen, which only roll up.</summary>
    public GoalOutcome? Evaluate(string goalId, MeasurementData data, int peiljaar) =>
        _evaluators.TryGetValue(goalId, out var evaluate) ? evaluate(data, peiljaar) : null;

    /// <summary>Judges every doel at the peiljaar (default: the latest year in the data) and rolls the results up.</summary>
    public MonitorResult Run(MeasurementData data, int? peiljaar = null)
    {
        data = WithComputed(data);
        var year = peiljaar ?? data.LatestYear ?? Kader.PeriodTo ?? Kader.PeriodFrom ?? 2000;
        var outcomes = new Dictionary<string, GoalOutcome>(StringComparer.Ordinal);
        foreach (var goal in _goals)
            if (Evaluate(goal.Id, data, year) is { } outcome) outcomes[goal.Id] = outcome;
        return new MonitorResult(Kader, _indicators, year, _goals, outcomes);
    }
}
