using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3002: an indicator without an eenheid.</summary>
public sealed class IndicatorWithoutUnitRule() : IndicatorFieldRule(FieldNames.Eenheid)
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3002", DiagnosticSeverity.Warning,
        "Indicator zonder eenheid", "Indicator without unit",
        "Indicator '{0}' heeft geen eenheid; zonder eenheid zijn nulmeting, streefwaarde en metingen niet te vergelijken.",
        "Indicator '{0}' has no eenheid (unit); without one, baseline, target and measurements cannot be compared.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Indicator zonder eenheid.";
}
