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
/// below it, and the counts per colour, for leaf doelen and parent doelen separately. A parent
/// doel without an indicator of its own gets the roll-up of its subdoelen as its status
/// (<see cref="ParentStatus"/>).
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
        _byId = goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var goal in goals)
            foreach (var parent in goal.Parents.Where(_byId.ContainsKey))
            {
                if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
                list.Add(goal);
            }
        var all = new Dictionary<string, GoalOutcome>(outcomes, StringComparer.Ordinal);
        Outcomes = all;
        // Judged on their own first, so a derived status never feeds another derived one.
        foreach (var goal in goals)
            if (IsMeasuredThroughSubgoals(goal) && all.ContainsKey(goal.Id))
                all[goal.Id] = ParentStatus.Of(RollUp(goal.Id, ownOnly: true)) with { Norm = null };
        Summary = Distribution.Of(goals.Where(g => all.ContainsKey(g.Id) && !IsParent(g)).Select(g => all[g.Id].Status));
        ParentSummary = Distribution.Of(goals.Where(g => all.ContainsKey(g.Id) && IsParent(g)).Select(g => all[g.Id].Status));
    }

    /// <summary>A doel that other doelen contribute to.</summary>
    public bool IsParent(GoalInfo goal) => goal.Kind == GoalKind.Doel && ChildrenOf(goal.Id).Any(c => c.Kind == GoalKind.Doel);

    private bool IsMeasuredThroughSubgoals(GoalInfo goal) => goal.Indicator is null && IsParent(goal);

    public KaderInfo Kader { get; }
    public IReadOnlyList<IndicatorInfo> Indicators { get; }
    public int Peiljaar { get; }
    public IReadOnlyList<GoalInfo> Goals { get; }
    public IReadOnlyDictionary<string, GoalOutcome> Outcomes { get; }

    /// <summary>Counts over the leaf doelen of the kader (those no other doel contributes to).</summary>
    public Distribution Summary { get; }

    /// <summary>Counts over the parent doelen, measured themselves or through their subdoelen.</summary>
    public Distribution ParentSummary { get; }

    public GoalOutcome? OutcomeOf(string id) => Outcomes.TryGetValue(id, out var o) ? o : null;

    public IndicatorInfo? IndicatorOf(GoalInfo goal) => goal.Indicator is { } id ? Indicators.FirstOrDefault(i => i.Id == id) : null;

    public IReadOnlyList<GoalInfo> ChildrenOf(string id) => _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>Nodes that contribute to nothing in the tree: the tops of the doel tree.</summary>
    public IEnumerable<GoalInfo> Roots => Goals.Where(g => !g.Parents.Any(_byId.ContainsKey));

    /// <summary>The statuses of all doelen below a node (not the node itself), each counted once; cycles are cut.</summary>
    public Distribution RollUp(string id) => RollUp(id, ownOnly: false);

    /// <param name="ownOnly">Count only doelen judged on their own data, not statuses derived from subdoelen.</param>
    private Distribution RollUp(string id, bool ownOnly)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var statuses = new List<GoalStatus>();
        var stack = new Stack<GoalInfo>(ChildrenOf(id));
        while (stack.Count > 0)
        {
            var goal = stack.Pop();
            if (!seen.Add(goal.Id)) continue;
            if (OutcomeOf(goal.Id) is { } outcome && !(ownOnly && outcome.FromSubgoals)) statuses.Add(outcome.Status);
            foreach (var child in ChildrenOf(goal.Id)) stack.Push(child);
        }
        return Distribution.Of(statuses);
    }
}
