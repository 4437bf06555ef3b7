using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3019: two related doelen exert opposite pressure (see <see cref="Tensions"/>) and no spanning
/// names them, or anything they contribute to. Related means sharing a doel above them, a wet, a
/// thema or a file. Reported once per doel that pushes down, naming its most closely related
/// counterpart (the nearest in the document among equals) and pointing at all of them, with a fix that
/// declares the spanning with the first. Related and near are read from what the kader says (its
/// sections, numbers and ids: <see cref="DocumentOrder"/>), never from the files (decision 0016), so
/// the findings do not change when elements move between the files of a folder.
/// </summary>
public sealed class UndeclaredTensionRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3019", DiagnosticSeverity.Warning,
        "Spanning niet verklaard", "Undeclared tension",
        "Doel '{0}' ({1}) en doel '{2}' ({3}) oefenen tegengestelde druk uit, maar er is geen spanning tussen beide verklaard.",
        "Doel '{0}' ({1}) and doel '{2}' ({3}) exert opposite pressure, but no spanning between them is declared.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doelen met tegengestelde druk zonder verklaarde spanning.";

    /// <summary>Related locations beyond the first counterpart are capped: the message is about the doel, not a list.</summary>
    internal const int MaxRelated = 10;

    /// <summary>What is read once per pressured doel, so that comparing pairs allocates nothing.</summary>
    // Doelen have few ancestors, wetten and thema's, so small arrays beat hash sets here.
    internal sealed record Party(GoalFacts Goal, Tensions.Pressure Pressure, ElementSymbol[] SelfAndAbove,
        ElementSymbol[] DoelenAbove, ElementSymbol[] Wetten, ElementSymbol[] Themas, string[] Sections)
    {
        /// <summary>The doel's place in <see cref="DocumentOrder"/> among the parties (set once they are sorted).</summary>
        public int Order { get; set; }

        /// <summary>Only for a doel deep in a long chain, where comparing two arrays would be quadratic per pair.</summary>
        public HashSet<ElementSymbol>? DoelenAboveSet { get; } = DoelenAbove.Length > 16 ? [.. DoelenAbove] : null;
    }

    public override void Analyze(AnalysisContext context)
    {
        Dictionary<string, SyntaxTree>? fileEnds = null;
        foreach (var (down, found) in Findings(context, pairByPair: false))
        {
            fileEnds ??= FileEnds(context.Model);
            var best = found.Best;
            var diagnostic = Descriptor.Create(At(down.Goal.Doel), down.Goal.Doel.DisplayName, new Phrase(down.Pressure.Nl, down.Pressure.En),
                best.Goal.Doel.DisplayName, new Phrase(best.Pressure.Nl, best.Pressure.En))
                .WithRelated(At(best.Goal.Doel), $"het doel '{best.Goal.Doel.DisplayName}'", $"the doel '{best.Goal.Doel.DisplayName}'");
            var related = diagnostic.Related.ToBuilder();
            foreach (var other in found.Others)
                related.Add(new RelatedLocation(At(other.Goal.Doel), $"ook in spanning: doel '{other.Goal.Doel.DisplayName}' ({other.Pressure.Nl})",
                    $"also in tension: doel '{other.Goal.Doel.DisplayName}' ({other.Pressure.En})"));
            context.Report(WithDeclareFix(diagnostic with { Related = related.ToImmutable() }, down.Goal.Doel, best.Goal.Doel, fileEnds));
        }
    }

    /// <summary>
    /// Per doel that pushes down, its counterparts: through <see cref="TensionCounterparts"/>, or
    /// (<paramref name="pairByPair"/>, for the test that they agree) by comparing every pair.
    /// </summary>
    internal static IEnumerable<(Party Down, Counterparts Found)> Findings(AnalysisContext context, bool pairByPair)
    {
        var parties = new List<Party>();
        var scratch = new Scratch();
        foreach (var goal in context.Goals)
            if (Tensions.Of(goal) is { } pressure)
                parties.Add(PartyOf(context.Model, context.Contributions, goal, pressure, scratch));
        if (parties.Count < 2) yield break;
        var order = new DocumentOrder(context.Model.Positions);
        parties.Sort((a, b) => order.Compare(a.Goal.Doel, b.Goal.Doel));
        for (var i = 0; i < parties.Count; i++) parties[i].Order = i;
        var partners = DeclaredPartners(context.Model);
        var counterparts = new TensionCounterparts(parties, partners);
        foreach (var down in parties)
        {
            if (down.Pressure.Direction >= 0) continue;
            var found = pairByPair ? TensionCounterparts.PairByPair(down, parties, partners) : counterparts.For(down);
            if (found is not null) yield return (down, found);
        }
    }

    private static Party PartyOf(SemanticModel model, ContributionGraph graph, GoalFacts goal, Tensions.Pressure pressure, Scratch scratch)
    {
        var selfAndAbove = graph.SelfAndAncestors(goal.Doel);
        scratch.Clear();
        for (var i = 0; i < selfAndAbove.Count; i++)
        {
            var element = selfAndAbove[i];
            if (i > 0 && element.Kind == ElementKind.Doel) scratch.Doelen.Add(element);
            AddTargets(model, element, FieldNames.Wet, scratch.Wetten);
            AddTargets(model, element, FieldNames.Thema, scratch.Themas);
        }
        // A doel without sectie is in the part of the document that is not divided: "" (two such doelen
        // share it, as two doelen of an undivided one-file kader always did).
        var sections = goal.Doel.Values<Binding.Values.SectionValue>(FieldNames.Sectie).Select(v => v.Section).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (sections.Length == 0) sections = [""];
        return new Party(goal, pressure, [.. selfAndAbove], Freeze(scratch.Doelen), Freeze(scratch.Wetten), Freeze(scratch.Themas), sections);
    }

    /// <summary>Lists reused for every party (there is one per doel with a categorised indicator).</summary>
    private sealed class Scratch
    {
        public readonly List<ElementSymbol> Doelen = [], Wetten = [], Themas = [];

        public void Clear()
        {
            Doelen.Clear();
            Wetten.Clear();
            Themas.Clear();
        }
    }

    private static ElementSymbol[] Freeze(List<ElementSymbol> list) => list.Count == 0 ? [] : [.. list];

    private static void AddTargets(SemanticModel model, ElementSymbol element, string field, List<ElementSymbol> into)
    {
        foreach (var target in model.Targets(element, field))
            if (!into.Contains(target)) into.Add(target);
    }

    /// <summary>How closely two doelen belong together: a shared parent doel, wet or thema, a shared section.</summary>
    internal static int Relatedness(Party a, Party b)
    {
        var score = 0;
        if (SharesDoelAbove(a, b)) score += 4;
        if (Overlap(a.Wetten, b.Wetten)) score += 2;
        if (Overlap(a.Themas, b.Themas)) score += 2;
        if (SharesSection(a, b)) score += 1;
        return score;
    }

    /// <summary>Between equally related doelen, the nearest in the document (within a shared section) is the one the writer had in mind.</summary>
    internal static int Distance(Party a, Party b) => SharesSection(a, b) ? Math.Abs(a.Order - b.Order) : int.MaxValue;

    /// <summary>Whether the doelen share a <c>sectie</c> of the document (sorted arrays, short).</summary>
    internal static bool SharesSection(Party a, Party b)
    {
        foreach (var x in a.Sections)
            foreach (var y in b.Sections)
                if (string.Equals(x, y, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool SharesDoelAbove(Party a, Party b)
    {
        if (a.DoelenAbove.Length > b.DoelenAbove.Length) (a, b) = (b, a);
        if (b.DoelenAboveSet is not { } longer) return Overlap(a.DoelenAbove, b.DoelenAbove);
        foreach (var x in a.DoelenAbove)
            if (longer.Contains(x)) return true;
        return false;
    }

    /// <summary>Whether two short arrays share an element (by reference: this runs for every pair of parties).</summary>
    private static bool Overlap(ElementSymbol[] a, ElementSymbol[] b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (ReferenceEquals(x, y)) return true;
        return false;
    }

    /// <summary>Per element, the elements a spanning names it with.</summary>
    private static Dictionary<ElementSymbol, HashSet<ElementSymbol>> DeclaredPartners(SemanticModel model)
    {
        var partners = new Dictionary<ElementSymbol, HashSet<ElementSymbol>>();
        foreach (var spanning in model.OfKind(ElementKind.Spanning))
        {
            var members = model.Targets(spanning, FieldNames.Tussen).ToList();
            foreach (var a in members)
            {
                if (!partners.TryGetValue(a, out var set)) partners[a] = set = [];
                foreach (var b in members)
                    if (a != b) set.Add(b);
            }
        }
        return partners;
    }

    /// <summary>A spanning between the doelen, or between anything above them, covers the pair.</summary>
    internal static bool IsDeclared(Dictionary<ElementSymbol, HashSet<ElementSymbol>> partners, Party a, Party b)
    {
        if (partners.Count == 0) return false;
        foreach (var x in a.SelfAndAbove)
        {
            if (!partners.TryGetValue(x, out var set)) continue;
            foreach (var y in b.SelfAndAbove)
                if (set.Contains(y)) return true;
        }
        return false;
    }

    /// <summary>
    /// Per file, the tree its end lies in: the file's own tree, or its last chunk when incremental
    /// analysis parsed the file as several trees (they come in file order).
    /// </summary>
    private static Dictionary<string, SyntaxTree> FileEnds(SemanticModel model)
    {
        var ends = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in model.Trees) ends[tree.Path] = tree;
        return ends;
    }

    private static Diagnostic WithDeclareFix(Diagnostic diagnostic, ElementSymbol down, ElementSymbol kept, Dictionary<string, SyntaxTree> fileEnds)
    {
        if (down.Id is not { } a || kept.Id is not { } b || down.Tree is not { } doelTree) return diagnostic;
        var tree = fileEnds[doelTree.Path];
        var text = tree.Text.Text;
        var separator = text.EndsWith('\n') ? "\n" : "\n\n";
        var declaration = $"{separator}spanning {a}Tegen{b} \"Spanning tussen {a} en {b}\" {{\n  tussen: {a}, {b}\n  toelichting: \"Waarom beide doelen samen kunnen gaan, of welke voorgaat.\"\n}}\n";
        return diagnostic.WithFix("Verklaar de spanning tussen beide doelen", "Declare the tension between both goals",
            new TextEdit(tree.Text, new TextSpan(text.Length, 0), declaration));
    }
}
