using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3004: a measured doel with a richting (toename, afname, behoud) but no nulmeting. A doel
/// without an indicator is PL3001's finding, not this one's: one gap, one diagnostic.
/// </summary>
public sealed class DirectionWithoutBaselineRule : AnalysisRule
{
    public override string Code => "PL3004";
    public override string Description => "Richting (toename/afname/behoud) zonder nulmeting.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
            if (goal.Richting is { } richting && goal.Indicator is not null && goal.Doel.Field(FieldNames.Nulmeting) is null)
                context.Report(DiagnosticBuilder.DirectionWithoutBaseline(At(goal.Doel, richting.Span), goal.Doel.DisplayName, richting.Word));
    }
}
