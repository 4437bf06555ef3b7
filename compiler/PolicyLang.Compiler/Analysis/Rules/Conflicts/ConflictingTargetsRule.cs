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
        foreach (var group in TargetConflicts.ByIndicator(context))
            for (var i = 0; i < group.Count; i++)
                for (var j = 0; j < i; j++)
                {
                    if (TargetConflicts.FirstConflict(group[i], group[j]) is not { } conflict) continue;
                    context.Report(DiagnosticBuilder.ConflictingTargets(At(group[i].Doel, conflict.A.Span), group[i].Doel.DisplayName,
                        GoalText.Of(conflict.A), group[j].Doel.DisplayName, GoalText.Of(conflict.B), conflict.Year, At(group[j].Doel, conflict.B.Span)));
                }
    }
}
