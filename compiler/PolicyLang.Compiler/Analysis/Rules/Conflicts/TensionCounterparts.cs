using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Text;
using Party = PolicyLang.Analysis.Rules.Conflicts.UndeclaredTensionRule.Party;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>PL3019's answer for one doel that pushes down: its most closely related counterpart and the next few.</summary>
internal sealed record Counterparts(Party Best, IReadOnlyList<Party> Others);

/// <summary>
/// PL3019's pair enumeration without comparing every pair: 10,000 doelen pressing on one
/// category compared 25 million pairs. Counterparts whose relatedness to any doel is the same
/// (the same sections, the same elements above them, the same wetten and thema's: everything
/// <see cref="UndeclaredTensionRule.Relatedness"/> and the declared-spanning test read) form
/// one group, judged once per doel; groups are found through the doel's own sections, doelen above,
/// wetten and thema's, as only those can share context with it. Within a group the nearest
/// counterpart in the document order is found by binary search. The answer is exactly that of
/// <see cref="PairByPair"/> (the method this replaced, kept as the definition and tested
/// against): the highest relatedness, then the nearest in a shared section, then the first in the
/// order of <see cref="Tensions.OpposedTo"/> and the document; the others are the first
/// <see cref="UndeclaredTensionRule.MaxRelated"/> in that order.
/// </summary>
internal sealed class TensionCounterparts
{
    private readonly Dictionary<ElementSymbol, HashSet<ElementSymbol>> _partners;
    private readonly List<Party> _parties;
    private readonly Dictionary<Party, int> _rank = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Category, bool MayHold), View> _views = [];
    private readonly Dictionary<ElementSymbol, int> _elementIds = new(ReferenceEqualityComparer.Instance);

    /// <param name="parties">In document order (<see cref="Party.Order"/> is the index).</param>
    public TensionCounterparts(List<Party> parties, Dictionary<ElementSymbol, HashSet<ElementSymbol>> partners)
    {
        (_parties, _partners) = (parties, partners);
        for (var i = 0; i < parties.Count; i++) _rank[parties[i]] = i;
    }

    public Counterparts? For(Party down)
    {
        var declaredWithDown = DeclaredWith(down);
        (Party Party, int Score, int Distance, int View, int Rank)? best = null;
        var others = new List<Party>();
        var viewIndex = 0;
        foreach (var (category, mayHold) in Tensions.OpposedTo(down.Pressure.Category))
        {
            var view = ViewOf(category, mayHold);
            var groups = CandidateGroups(view, down, declaredWithDown);
            foreach (var group in groups)
            {
                var score = UndeclaredTensionRule.Relatedness(down, group.Representative);
                if (score == 0) continue;
                if (Closest(group, down, declaredWithDown) is not { } closest) continue;
                var candidate = (closest.Party, score, closest.Distance, viewIndex, _rank[closest.Party]);
                if (best is not { } b || IsBetter(candidate, b)) best = candidate;
            }
            FirstInOrder(groups, declaredWithDown, UndeclaredTensionRule.MaxRelated + 1 - others.Count, others);
            viewIndex++;
        }
        if (best is not { } found) return null;
        return new Counterparts(found.Party, others.Where(o => o != found.Party).Take(UndeclaredTensionRule.MaxRelated).ToList());
    }

    private static bool IsBetter((Party Party, int Score, int Distance, int View, int Rank) a, (Party Party, int Score, int Distance, int View, int Rank) b) =>
        a.Score != b.Score ? a.Score > b.Score
        : a.Distance != b.Distance ? a.Distance < b.Distance
        : (a.View, a.Rank).CompareTo((b.View, b.Rank)) < 0;

    /// <summary>
    /// The definition: every counterpart compared with the doel, in the order of
    /// <see cref="Tensions.OpposedTo"/> and the text.
    /// </summary>
    public static Counterparts? PairByPair(Party down, List<Party> parties, Dictionary<ElementSymbol, HashSet<ElementSymbol>> partners)
    {
        Party? best = null;
        var bestScore = 0;
        var bestDistance = int.MaxValue;
        var others = new List<Party>();
        foreach (var (keptCategory, keptMayHold) in Tensions.OpposedTo(down.Pressure.Category))
            foreach (var kept in parties)
            {
                if (kept.Pressure.Category != keptCategory || kept == down || !Tensions.Strains(kept.Pressure, keptMayHold)) continue;
                var score = UndeclaredTensionRule.Relatedness(down, kept);
                if (score == 0 || UndeclaredTensionRule.IsDeclared(partners, down, kept)) continue;
                others.Add(kept);
                var distance = UndeclaredTensionRule.Distance(down, kept);
                if (score > bestScore || (score == bestScore && distance < bestDistance)) (best, bestScore, bestDistance) = (kept, score, distance);
            }
        return best is null ? null : new Counterparts(best, others.Where(o => o != best).Take(UndeclaredTensionRule.MaxRelated).ToList());
    }

    /// <summary>Everything a spanning names together with the doel or anything above it.</summary>
    private HashSet<ElementSymbol> DeclaredWith(Party down)
    {
        var declared = new HashSet<ElementSymbol>(ReferenceEqualityComparer.Instance);
        if (_partners.Count == 0) return declared;
        foreach (var x in down.SelfAndAbove)
            if (_partners.TryGetValue(x, out var set)) declared.UnionWith(set);
        return declared;
    }

    /// <summary>
    /// The groups that share a section, a doel above, a wet or a thema with the doel, each once,
    /// in a fixed order, leaving out those a spanning covers through what is above them.
    /// </summary>
    private static List<Group> CandidateGroups(View view, Party down, HashSet<ElementSymbol> declaredWithDown)
    {
        var seen = new HashSet<Group>(ReferenceEqualityComparer.Instance);
        var groups = new List<Group>();
        void Add(List<Group>? found)
        {
            if (found is null) return;
            foreach (var group in found)
                if (seen.Add(group) && !group.Above.Any(declaredWithDown.Contains)) groups.Add(group);
        }
        foreach (var section in down.Sections) Add(view.BySection.GetValueOrDefault(section));
        foreach (var doel in down.DoelenAbove) Add(view.ByDoelAbove.GetValueOrDefault(doel));
        foreach (var wet in down.Wetten) Add(view.ByWet.GetValueOrDefault(wet));
        foreach (var thema in down.Themas) Add(view.ByThema.GetValueOrDefault(thema));
        return groups;
    }

    /// <summary>
    /// The group's best counterpart for the doel: in a shared section the nearest in the document
    /// order (the first at equal distance), elsewhere the first; one a spanning names with the doel does not count.
    /// </summary>
    private (Party Party, int Distance)? Closest(Group group, Party down, HashSet<ElementSymbol> declaredWithDown)
    {
        if (!UndeclaredTensionRule.SharesSection(down, group.Representative))
        {
            foreach (var member in group.Members)
                if (!declaredWithDown.Contains(member.Goal.Doel)) return (member, int.MaxValue);
            return null;
        }
        var at = down.Order;
        var offsets = group.Offsets;
        var right = Array.BinarySearch(offsets, at);
        if (right < 0) right = ~right;
        var left = right - 1;
        while (true)
        {
            while (left >= 0 && declaredWithDown.Contains(group.ByOffset[left].Goal.Doel)) left--;
            while (right < offsets.Length && declaredWithDown.Contains(group.ByOffset[right].Goal.Doel)) right++;
            if (left < 0 && right >= offsets.Length) return null;
            var leftDistance = left >= 0 ? at - offsets[left] : int.MaxValue;
            var rightDistance = right < offsets.Length ? offsets[right] - at : int.MaxValue;
            if (leftDistance < rightDistance) return (group.ByOffset[left], leftDistance);
            if (rightDistance < leftDistance) return (group.ByOffset[right], rightDistance);
            var first = _rank[group.ByOffset[left]] < _rank[group.ByOffset[right]] ? group.ByOffset[left] : group.ByOffset[right];
            return (first, leftDistance);
        }
    }

    /// <summary>Adds the first <paramref name="count"/> counterparts of the groups in the text's order (a merge of the groups' lists).</summary>
    private void FirstInOrder(List<Group> groups, HashSet<ElementSymbol> declaredWithDown, int count, List<Party> into)
    {
        if (count <= 0) return;
        var queue = new PriorityQueue<(Group Group, int Position), int>();
        foreach (var group in groups) queue.Enqueue((group, 0), _rank[group.Members[0]]);
        while (count > 0 && queue.TryDequeue(out var next, out _))
        {
            var member = next.Group.Members[next.Position];
            if (!declaredWithDown.Contains(member.Goal.Doel))
            {
                into.Add(member);
                count--;
            }
            if (next.Position + 1 < next.Group.Members.Count)
                queue.Enqueue((next.Group, next.Position + 1), _rank[next.Group.Members[next.Position + 1]]);
        }
    }

    private View ViewOf(string category, bool mayHold)
    {
        if (_views.TryGetValue((category, mayHold), out var view)) return view;
        var bySignature = new Dictionary<string, Group>(StringComparer.Ordinal);
        view = new View();
        foreach (var party in _parties)
        {
            if (party.Pressure.Category != category || !Tensions.Strains(party.Pressure, mayHold)) continue;
            var signature = SignatureOf(party);
            if (!bySignature.TryGetValue(signature, out var group))
            {
                bySignature[signature] = group = new Group(party);
                view.Add(group);
            }
            group.Members.Add(party);
        }
        foreach (var group in view.Groups) group.Seal();
        return _views[(category, mayHold)] = view;
    }

    /// <summary>Everything relatedness and the declared test read of a counterpart, but the doel itself.</summary>
    private string SignatureOf(Party party) =>
        string.Join('|', string.Join(',', party.Sections), Ids(party.SelfAndAbove.Skip(1)), Ids(party.DoelenAbove), Ids(party.Wetten), Ids(party.Themas));

    private string Ids(IEnumerable<ElementSymbol> elements)
    {
        var ids = elements.Select(e => _elementIds.TryGetValue(e, out var id) ? id : _elementIds[e] = _elementIds.Count).ToList();
        ids.Sort();
        return string.Join(',', ids);
    }

    private sealed class View
    {
        public readonly List<Group> Groups = [];
        public readonly Dictionary<string, List<Group>> BySection = new(StringComparer.Ordinal);
        public readonly Dictionary<ElementSymbol, List<Group>> ByDoelAbove = new(ReferenceEqualityComparer.Instance);
        public readonly Dictionary<ElementSymbol, List<Group>> ByWet = new(ReferenceEqualityComparer.Instance);
        public readonly Dictionary<ElementSymbol, List<Group>> ByThema = new(ReferenceEqualityComparer.Instance);

        public void Add(Group group)
        {
            Groups.Add(group);
            var representative = group.Representative;
            foreach (var section in representative.Sections) Index(BySection, section, group);
            foreach (var doel in representative.DoelenAbove) Index(ByDoelAbove, doel, group);
            foreach (var wet in representative.Wetten) Index(ByWet, wet, group);
            foreach (var thema in representative.Themas) Index(ByThema, thema, group);
        }

        private static void Index<TKey>(Dictionary<TKey, List<Group>> index, TKey key, Group group) where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            if (list.Count == 0 || list[^1] != group) list.Add(group);
        }
    }

    /// <summary>Counterparts equally related to any doel, in the document order.</summary>
    private sealed class Group(Party representative)
    {
        public Party Representative { get; } = representative;
        public ElementSymbol[] Above { get; } = representative.SelfAndAbove[1..];
        public List<Party> Members { get; } = [];
        public Party[] ByOffset { get; private set; } = [];
        public int[] Offsets { get; private set; } = [];

        public void Seal()
        {
            ByOffset = [.. Members.OrderBy(m => m.Order)];
            Offsets = [.. ByOffset.Select(m => m.Order)];
        }
    }
}
