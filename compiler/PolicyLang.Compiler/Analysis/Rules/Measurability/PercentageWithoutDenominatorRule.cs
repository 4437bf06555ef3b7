using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3007: an indicator or table whose eenheid is a percentage of an unstated whole.</summary>
public sealed class PercentageWithoutDenominatorRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3007", DiagnosticSeverity.Warning,
        "Percentage zonder noemer", "Percentage without denominator",
        "De eenheid van {0} '{1}' is een percentage zonder noemer: percentage van wie? Schrijf 'percentage van \"…\"'.",
        "The unit of {0} '{1}' is a percentage without a denominator: a percentage of whom? Write 'percentage van \"…\"'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Percentage zonder noemer ('percentage' in plaats van 'percentage van \"…\"').";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Indicator or ElementKind.Tabel or ElementKind.Rij)) continue;
            if (element.Value<UnitValue>(FieldNames.Eenheid) is { Kind: MeasureUnit.Percentage, Population: null } unit)
                context.Report(Descriptor.Create(At(element, unit.Span), element.Kind.Word(), element.DisplayName));
        }
    }
}
