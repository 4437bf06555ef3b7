using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3007: an indicator or table whose eenheid is a percentage of an unstated whole.</summary>
public sealed class PercentageWithoutDenominatorRule : AnalysisRule
{
    public override string Code => "PL3007";
    public override string Description => "Percentage zonder noemer ('percentage' in plaats van 'percentage van \"…\"').";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Indicator or ElementKind.Tabel or ElementKind.Rij)) continue;
            if (element.Value<UnitValue>(FieldNames.Eenheid) is { Kind: MeasureUnit.Percentage, Population: null } unit)
                context.Report(DiagnosticBuilder.PercentageWithoutDenominator(At(element, unit.Span), element.Kind.Word(), element.DisplayName));
        }
    }
}
