using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3006: a nulmeting dated after a target of the same doel.</summary>
public sealed class BaselineAfterTargetRule : AnalysisRule
{
    public override string Code => "PL3006";
    public override string Description => "Nulmeting gedateerd na een streefwaarde of tussendoel.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
        {
            if (goal.Nulmeting is not { } baseline) continue;
            // The earliest target is the one the baseline must precede; one finding per doel.
            var earliest = goal.DatedTargets.MinBy(t => t.Year);
            if (earliest is null || earliest.Year >= baseline.Year) continue;
            var field = earliest == goal.Streefwaarde ? FieldNames.Streefwaarde : FieldNames.Tussendoel;
            context.Report(DiagnosticBuilder.BaselineAfterTarget(At(goal.Doel, baseline.Span), goal.Doel.DisplayName,
                baseline.Year, field, earliest.Year!.Value, At(goal.Doel, earliest.Span)));
        }
    }
}
