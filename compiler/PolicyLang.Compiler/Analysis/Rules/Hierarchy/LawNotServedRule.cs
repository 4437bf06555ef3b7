using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Hierarchy;

/// <summary>
/// PL3017: a wet in the kader's wetten that no doel serves. A doel serves the wetten named by
/// itself, by the elements it contributes to (transitively) and by their thema's.
/// </summary>
public sealed class LawNotServedRule : AnalysisRule
{
    public override string Code => "PL3017";
    public override string Description => "Wet uit de wetten van het kader die geen doel dient.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader) return;
        var served = ServedLaws(context);
        foreach (var reference in kader.Values<ReferenceValue>("wetten"))
            if (reference.Target is { } wet && !served.Contains(wet))
                context.Report(DiagnosticBuilder.LawNotServed(At(kader, reference.Span), reference.Name));
    }

    internal static HashSet<ElementSymbol> ServedLaws(AnalysisContext context)
    {
        var served = new HashSet<ElementSymbol>();
        foreach (var goal in context.Goals)
            foreach (var element in ContributionGraph.SelfAndAncestors(goal.Doel))
            {
                served.UnionWith(element.Targets("wet"));
                foreach (var thema in element.Targets("thema")) served.UnionWith(thema.Targets("wet"));
            }
        return served;
    }
}
