using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Hierarchy;

/// <summary>
/// PL3017: a wet in the kader's wetten that no doel serves. A doel serves the wetten named by
/// itself, by the elements it contributes to (transitively) and by their thema's.
/// </summary>
public sealed class LawNotServedRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3017", DiagnosticSeverity.Warning,
        "Wet zonder doel", "Law without goal",
        "Het kader stelt kaders voor '{0}', maar geen enkel doel dient die wet (via 'wet:' van het doel, zijn thema of een hoger doel).",
        "The kader frames '{0}', but no doel serves that law (through the 'wet:' of the doel, its thema or a higher goal).");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Wet uit de wetten van het kader die geen doel dient.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader) return;
        var served = ServedLaws(context);
        foreach (var reference in kader.Values<ReferenceValue>(FieldNames.Wetten))
            if (context.Model.TargetOf(reference) is { } wet && !served.Contains(wet))
                context.Report(Descriptor.Create(At(kader, reference.Span), reference.Name));
    }

    internal static HashSet<ElementSymbol> ServedLaws(AnalysisContext context)
    {
        // Walk up from every doel, but visit each element once: what is above a visited element
        // has been counted already.
        var served = new HashSet<ElementSymbol>();
        var visited = new HashSet<ElementSymbol>();
        var stack = new Stack<ElementSymbol>();
        foreach (var goal in context.Goals)
        {
            stack.Push(goal.Doel);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                if (!visited.Add(element)) continue;
                foreach (var wet in context.Model.Targets(element, FieldNames.Wet)) served.Add(wet);
                foreach (var thema in context.Model.Targets(element, FieldNames.Thema))
                    foreach (var wet in context.Model.Targets(thema, FieldNames.Wet)) served.Add(wet);
                foreach (var parent in context.Contributions.Parents(element)) stack.Push(parent);
            }
        }
        return served;
    }
}
