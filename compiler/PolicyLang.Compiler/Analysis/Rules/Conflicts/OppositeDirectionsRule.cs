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
    public override string Code => "PL3013";
    public override string Description => "Twee doelen die één indicator in tegengestelde richting duwen.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var (a, b) in TargetConflicts.PairsOnOneIndicator(context))
        {
            if (a.Pressure is not { } pa || b.Pressure is not { } pb || pa == 0 || pa != -pb) continue;
            if (TargetConflicts.IsContribution(context.Model, a.Doel, b.Doel) || TargetConflicts.FirstConflict(a, b) is not null) continue;
            context.Report(DiagnosticBuilder.OppositeDirections(At(a.Doel), a.Doel.DisplayName, GoalText.Verb(pa),
                b.Doel.DisplayName, GoalText.Verb(pb), a.Indicator!.DisplayName, At(b.Doel)));
        }
    }
}
