using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3013: two doelen that push one indicator opposite ways (one wants it up, the other down).
/// Pairs whose targets already clash (PL3012) and parent/child pairs (PL3014) are left to those
/// rules: one contradiction, one diagnostic.
/// </summary>
public sealed class OppositeDirectionsRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3013", DiagnosticSeverity.Warning,
        "Tegengestelde richting", "Opposite directions",
        "Doel '{0}' wil indicator '{4}' laten {1}, doel '{2}' wil hem laten {3}.",
        "Doel '{0}' pushes indicator '{4}' {1}, doel '{2}' pushes it {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee doelen die één indicator in tegengestelde richting duwen.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var (a, b) in TargetConflicts.PairsOnOneIndicator(context))
        {
            if (a.Pressure is not { } pa || b.Pressure is not { } pb || pa == 0 || pa != -pb) continue;
            if (TargetConflicts.IsContribution(context.Model, a.Doel, b.Doel) || TargetConflicts.FirstConflict(a, b) is not null) continue;
            context.Report(Descriptor.Create(At(a.Doel), a.Doel.DisplayName, GoalText.Push(pa), b.Doel.DisplayName, GoalText.Push(pb), a.Indicator!.DisplayName)
                .WithRelated(At(b.Doel), $"het doel '{b.Doel.DisplayName}'", $"the doel '{b.Doel.DisplayName}'"));
        }
    }
}
