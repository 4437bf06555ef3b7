using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3012: two doelen on one indicator whose targets for the same year cannot both be met
/// ("maximaal 370 in 2020" against "minimaal 400 in 2020"). Reported on the later doel.
/// </summary>
public sealed class ConflictingTargetsRule : AnalysisRule
{
    public override string Code => "PL3012";
    public override string Description => "Twee doelen met streefwaarden op één indicator die niet tegelijk kunnen gelden.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var (later, earlier) in TargetConflicts.PairsOnOneIndicator(context))
        {
            if (TargetConflicts.FirstConflict(later, earlier) is not { } conflict) continue;
            context.Report(DiagnosticBuilder.ConflictingTargets(At(later.Doel, conflict.A.Span), later.Doel.DisplayName,
                GoalText.Of(conflict.A), earlier.Doel.DisplayName, GoalText.Of(conflict.B), conflict.Year, At(earlier.Doel, conflict.B.Span)));
        }
    }
}
