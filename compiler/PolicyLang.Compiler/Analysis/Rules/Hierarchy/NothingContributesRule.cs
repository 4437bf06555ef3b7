using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Hierarchy;

/// <summary>
/// PL3016: an ambitie no doel works towards, or a hollow hoofddoel: a doel at the top of the doel
/// tree (it contributes to ambities or kaderstellingen only) that is declared unmeasurable and has
/// no subdoel to make it concrete. A hoofddoel without an indicator and without 'meetbaar: nee' is
/// PL3001's finding; one with its own indicator needs no subdoelen.
/// </summary>
public sealed class NothingContributesRule : AnalysisRule
{
    public override string Code => "PL3016";
    public override string Description => "Ambitie of hoofddoel waar geen doel onder hangt.";

    public override void Analyze(AnalysisContext context)
    {
        var graph = context.Contributions;
        foreach (var ambitie in context.Model.OfKind(ElementKind.Ambitie))
            if (!graph.Descendants(ambitie).Any(e => e.Kind == ElementKind.Doel))
                context.Report(DiagnosticBuilder.NothingContributes(At(ambitie), "ambitie", ambitie.DisplayName));

        foreach (var goal in context.Goals)
        {
            if (!goal.DeclaredUnmeasurable) continue;
            var parents = Goals.ContributionGraph.Parents(goal.Doel).ToList();
            var isMainGoal = parents.Count > 0 && parents.All(p => p.Kind is ElementKind.Ambitie or ElementKind.Kaderstelling or ElementKind.Thema);
            if (isMainGoal && !graph.ContributorsTo(goal.Doel).Any(c => c.Kind == ElementKind.Doel))
                context.Report(DiagnosticBuilder.NothingContributes(At(goal.Doel), "hoofddoel", goal.Doel.DisplayName));
        }
    }
}
