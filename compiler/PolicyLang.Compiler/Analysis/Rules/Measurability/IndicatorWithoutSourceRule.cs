using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3003: an indicator without a bron.</summary>
public sealed class IndicatorWithoutSourceRule : AnalysisRule
{
    public override string Code => "PL3003";
    public override string Description => "Indicator zonder bron.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var indicator in context.Model.OfKind(ElementKind.Indicator))
            if (indicator.Field("bron") is null)
                context.Report(DiagnosticBuilder.IndicatorWithoutSource(At(indicator), indicator.DisplayName));
    }
}
