using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3002: an indicator without an eenheid.</summary>
public sealed class IndicatorWithoutUnitRule : AnalysisRule
{
    public override string Code => "PL3002";
    public override string Description => "Indicator zonder eenheid.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var indicator in context.Model.OfKind(ElementKind.Indicator))
            if (indicator.Field("eenheid") is null)
                context.Report(DiagnosticBuilder.IndicatorWithoutUnit(At(indicator), indicator.DisplayName));
    }
}
