using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3003: an indicator without a bron.</summary>
public sealed class IndicatorWithoutSourceRule() : IndicatorFieldRule(FieldNames.Bron)
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3003", DiagnosticSeverity.Warning,
        "Indicator zonder bron", "Indicator without source",
        "Indicator '{0}' heeft geen bron; niet na te gaan waar de metingen vandaan komen.",
        "Indicator '{0}' has no bron (source); there is no telling where its measurements come from.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Indicator zonder bron.";
}
