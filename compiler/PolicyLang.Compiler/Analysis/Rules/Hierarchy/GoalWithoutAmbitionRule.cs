using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Hierarchy;

/// <summary>
/// PL3015: in a kader with ambities, a doel whose 'draagt bij aan' chain reaches none of them.
/// Only the top of such a chain is reported (a subdoel of an unlinked doel inherits the gap).
/// </summary>
public sealed class GoalWithoutAmbitionRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3015", DiagnosticSeverity.Warning,
        "Doel zonder ambitie", "Goal without ambition",
        "Doel '{0}' leidt via 'draagt bij aan' naar geen enkele ambitie, terwijl het kader ambities heeft.",
        "Doel '{0}' leads to no ambitie through 'draagt bij aan', while the kader has ambities.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doel dat naar geen ambitie leidt, in een kader met ambities.";

    public override void Analyze(AnalysisContext context)
    {
        if (!context.Model.OfKind(ElementKind.Ambitie).Any()) return;
        var reaches = new Dictionary<ElementSymbol, bool>();
        foreach (var goal in context.Goals)
            if (!ReachesAmbition(context.Contributions, goal.Doel, reaches, []) && !context.Contributions.Parents(goal.Doel).Any(p => p.Kind == ElementKind.Doel))
                context.Report(Descriptor.Create(At(goal.Doel), goal.Doel.DisplayName));
    }

    /// <summary>Memoised walk up the hierarchy; the path set stops cycles (the binder reports those).</summary>
    private static bool ReachesAmbition(ContributionGraph graph, ElementSymbol element, Dictionary<ElementSymbol, bool> memo, HashSet<ElementSymbol> path)
    {
        if (element.Kind == ElementKind.Ambitie) return true;
        if (memo.TryGetValue(element, out var known)) return known;
        if (!path.Add(element)) return false;
        var result = false;
        foreach (var parent in graph.Parents(element))
            if (ReachesAmbition(graph, parent, memo, path)) { result = true; break; }
        path.Remove(element);
        return memo[element] = result;
    }
}
