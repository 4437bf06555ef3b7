using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3005: a streefwaarde or tussendoel without the year it must be reached in.</summary>
public sealed class TargetWithoutYearRule : AnalysisRule
{
    public override string Code => "PL3005";
    public override string Description => "Streefwaarde of tussendoel zonder jaar.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
        {
            if (goal.Streefwaarde is { Year: null } target)
                context.Report(DiagnosticBuilder.TargetWithoutYear(At(goal.Doel, target.Span), goal.Doel.DisplayName, FieldNames.Streefwaarde));
            foreach (var step in goal.Tussendoelen)
                if (step.Year is null)
                    context.Report(DiagnosticBuilder.TargetWithoutYear(At(goal.Doel, step.Span), goal.Doel.DisplayName, FieldNames.Tussendoel));
        }
    }
}
