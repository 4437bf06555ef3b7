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
        var year = peiljaar ?? data.LatestYear ?? Kader.PeriodTo ?? Kader.PeriodFrom ?? 2000;
        var outcomes = new Dictionary<string, GoalOutcome>(StringComparer.Ordinal);
        foreach (var goal in _goals)
            if (Evaluate(goal.Id, data, year) is { } outcome) outcomes[goal.Id] = outcome;
        return new MonitorResult(Kader, _indicators, year, _goals, outcomes);
    }
}
