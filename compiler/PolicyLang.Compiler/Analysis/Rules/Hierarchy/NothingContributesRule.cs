using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
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
    public static readonly DiagnosticDescriptor Descriptor = new("PL3016", DiagnosticSeverity.Warning,
        "Ambitie of hoofddoel zonder doelen", "Ambition or main goal without goals",
        "Geen enkel doel draagt bij aan {0} '{1}'.",
        "No doel contributes to {0} '{1}'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Ambitie of hoofddoel waar geen doel onder hangt.";

    public override void Analyze(AnalysisContext context)
    {
        var graph = context.Contributions;
        var aboveADoel = ElementsAboveADoel(context);
        foreach (var ambitie in context.Model.OfKind(ElementKind.Ambitie))
            if (!aboveADoel.Contains(ambitie))
                context.Report(Descriptor.Create(At(ambitie), "ambitie", ambitie.DisplayName));

        foreach (var goal in context.Goals)
        {
            if (!goal.DeclaredUnmeasurable || !IsMainGoal(graph, goal.Doel)) continue;
            var hasSubgoal = false;
            foreach (var contributor in graph.ContributorsTo(goal.Doel))
                if (contributor.Kind == ElementKind.Doel) { hasSubgoal = true; break; }
            if (!hasSubgoal)
                context.Report(Descriptor.Create(At(goal.Doel), "hoofddoel", goal.Doel.DisplayName));
        }
    }

    private static bool IsMainGoal(ContributionGraph graph, ElementSymbol doel)
    {
        var any = false;
        foreach (var parent in graph.Parents(doel))
        {
            if (parent.Kind is not (ElementKind.Ambitie or ElementKind.Kaderstelling or ElementKind.Thema)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Everything some doel contributes to, transitively: one upward walk shared by all doelen.</summary>
    private static HashSet<ElementSymbol> ElementsAboveADoel(AnalysisContext context)
    {
        var graph = context.Contributions;
        var above = new HashSet<ElementSymbol>();
        var stack = new Stack<ElementSymbol>();
        foreach (var goal in context.Goals)
        {
            foreach (var parent in graph.Parents(goal.Doel)) stack.Push(parent);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                if (!above.Add(element)) continue;
                foreach (var parent in graph.Parents(element)) stack.Push(parent);
            }
        }
        return above;
    }
}
