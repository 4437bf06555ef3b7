using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3006: a nulmeting dated after a target of the same doel.</summary>
public sealed class BaselineAfterTargetRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3006", DiagnosticSeverity.Warning,
        "Nulmeting na streefwaarde", "Baseline after target",
        "De nulmeting van doel '{0}' ({1}) ligt na de {2} ({3}).",
        "The nulmeting (baseline) of doel '{0}' ({1}) lies after its {2} ({3}).");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Nulmeting gedateerd na een streefwaarde of tussendoel.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
        {
            // A nulmeting without a year cannot lie after anything (PL3061 is its finding).
            if (goal.Nulmeting is not { Year: { } baselineYear } baseline) continue;
            // The earliest target is the one the baseline must precede; one finding per doel.
            var earliest = goal.DatedTargets.MinBy(t => t.Year);
            if (earliest is null || earliest.Year >= baselineYear) continue;
            var field = earliest == goal.Streefwaarde ? FieldNames.Streefwaarde : FieldNames.Tussendoel;
            context.Report(Descriptor.Create(At(goal.Doel, baseline.Span), goal.Name, baselineYear, field, earliest.Year!.Value)
                .WithRelated(At(goal.Doel, earliest.Span), $"de {field}", $"the {field}"));
        }
    }
}
