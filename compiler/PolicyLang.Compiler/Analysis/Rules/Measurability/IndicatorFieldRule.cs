using PolicyLang.Binding;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>Shared by the rules that require a field on every indicator (eenheid, bron).</summary>
public abstract class IndicatorFieldRule(string field) : AnalysisRule
{
    public override void Analyze(AnalysisContext context)
    {
        foreach (var indicator in context.Model.OfKind(ElementKind.Indicator))
            if (indicator.Field(field) is null)
                context.Report(Descriptors[0].Create(At(indicator), indicator.DisplayName));
    }
}
