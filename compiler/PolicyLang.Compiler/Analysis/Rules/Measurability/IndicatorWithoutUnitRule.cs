using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3002: an indicator without an eenheid.</summary>
public sealed class IndicatorWithoutUnitRule() : IndicatorFieldRule(FieldNames.Eenheid, DiagnosticBuilder.IndicatorWithoutUnit)
{
    public override string Code => "PL3002";
    public override string Description => "Indicator zonder eenheid.";
}
