namespace PolicyLang.Runtime;

/// <summary>How many doelen below a node have each status (each doel counted once).</summary>
public sealed record Distribution(IReadOnlyDictionary<GoalStatus, int> Counts)
{
    public int Total => Counts.Values.Sum();
    public int this[GoalStatus status] => Counts.TryGetValue(status, out var n) ? n : 0;
    public int Of(Colour colour) => Counts.Where(c => c.Key.Colour() == colour).Sum(c => c.Value);

    public static Distribution Of(IEnumerable<GoalStatus> statuses) =>
        new(statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
}

/// <summary>
/// The result of one monitoring run: per doel its outcome, per node the roll-up of the doelen
/// below it, and the counts per colour.
/// </summary>
public sealed class MonitorResult
{
    private readonly Dictionary<string, GoalInfo> _byId;
    private readonly Dictionary<string, List<GoalInfo>> _children = new(StringComparer.Ordinal);

    public MonitorResult(KaderInfo kader, IReadOnlyList<IndicatorInfo> indicators, int peiljaar, IReadOnlyList<GoalInfo> goals, IReadOnlyDictionary<string, GoalOutcome> outcomes)
    {
        Kader = kader;
        Indicators = indicators;
        Peiljaar = peiljaar;
        Goals = goals;
        Outcomes = outcomes;
        _byId = goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var goal in goals)
            foreach (var parent in goal.Parents.Where(_byId.ContainsKey))
            {
                if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
                list.Add(goal);
            }
        Summary = Distribution.Of(outcomes.Values.Select(o => o.Status));
    }

    public KaderInfo Kader { get; }
    public IReadOnlyList<IndicatorInfo> Indicators { get; }
    public int Peiljaar { get; }
    public IReadOnlyList<GoalInfo> Goals { get; }
    public IReadOnlyDictionary<string, GoalOutcome> Outcomes { get; }

    /// <summary>Counts over all doelen of the kader.</summary>
    public Distribution Summary { get; }

    public GoalOutcome? OutcomeOf(string id) => Outcomes.TryGetValue(id, out var o) ? o : null;

    public IndicatorInfo? IndicatorOf(GoalInfo goal) => goal.Indicator is { } id ? Indicators.FirstOrDefault(i => i.Id == id) : null;

    public IReadOnlyList<GoalInfo> ChildrenOf(string id) => _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>Nodes that contribute to nothing in the tree: the tops of the doel tree.</summary>
    public IEnumerable<GoalInfo> Roots => Goals.Where(g => !g.Parents.Any(_byId.ContainsKey));

    /// <summary>The statuses of all doelen below a node (not the node itself), each counted once; cycles are cut.</summary>
    public Distribution RollUp(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var statuses = new List<GoalStatus>();
        var stack = new Stack<GoalInfo>(ChildrenOf(id));
        while (stack.Count > 0)
        {
            var goal = stack.Pop();
            if (!seen.Add(goal.Id)) continue;
            if (OutcomeOf(goal.Id) is { } outcome) statuses.Add(outcome.Status);
            foreach (var child in ChildrenOf(goal.Id)) stack.Push(child);
        }
        return Distribution.Of(statuses);
    }
}
