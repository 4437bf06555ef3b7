using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3060: a doel whose nulmeting is written as explicitly unknown (<c>nulmeting: onbekend</c>,
/// <c>nader te bepalen</c>, <c>nnb</c>). Documents do this honestly when the baseline is still to
/// be measured; it is no mistake (PL3004 stays quiet: the writer did not forget it), but the
/// reader should know that the monitor starts where it starts without a nulmeting: the last
/// measurement at or before the periode's start, else the first measurement (monitoring.md §2).
/// </summary>
public sealed class BaselineUnknownRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3060", DiagnosticSeverity.Info,
        "Nulmeting nog onbekend", "Baseline not known yet",
        "De nulmeting van doel '{0}' is nog onbekend ({1}): de monitor gaat uit van de laatste meting vóór de periode, anders van de eerste meting.",
        "The nulmeting (baseline) of doel '{0}' is not known yet ({1}): the monitor starts from the last measurement before the periode, else from the first measurement.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Nulmeting uitdrukkelijk onbekend (onbekend, nader te bepalen).";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
            if (goal.Doel.Field(FieldNames.Nulmeting)?.Values is [EmptyValue unknown])
                context.Report(Descriptor.Create(At(goal.Doel, unknown.Span), goal.Name, goal.Doel.Tree?.Text.ToString(unknown.Span) ?? "onbekend"));
    }
}
