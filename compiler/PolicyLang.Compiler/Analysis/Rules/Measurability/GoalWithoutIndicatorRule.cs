using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3001: a doel that nothing measures. A doel other doelen contribute to is measured through
/// them (the monitor rolls their results up), so only doelen without contributors count.
/// </summary>
public sealed class GoalWithoutIndicatorRule : AnalysisRule
{
    public override string Code => "PL3001";
    public override string Description => "Doel zonder indicator, niet verklaard als 'meetbaar: nee'.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
        {
            if (goal.Doel.Field(FieldNames.Indicator) is not null || goal.DeclaredUnmeasurable) continue;
            if (context.Contributions.ContributorsTo(goal.Doel).Any(c => c.Kind == ElementKind.Doel)) continue;
            context.Report(DiagnosticBuilder.GoalWithoutIndicator(At(goal.Doel), goal.Doel.DisplayName));
        }
    }
}
