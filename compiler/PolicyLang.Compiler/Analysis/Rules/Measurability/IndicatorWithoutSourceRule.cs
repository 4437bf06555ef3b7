using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3003: an indicator without a bron.</summary>
public sealed class IndicatorWithoutSourceRule() : IndicatorFieldRule(FieldNames.Bron, DiagnosticBuilder.IndicatorWithoutSource)
{
    public override string Code => "PL3003";
    public override string Description => "Indicator zonder bron.";
}
