using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3061: a nulmeting written without a year (<c>nulmeting: 65%</c>), as documents often give a
/// baseline ("de nulmeting is 65%"). It is accepted, so the writer can encode the document as it
/// stands (issue 13 item 2), but the reader should know what the monitor does with it: it places
/// the value at the earliest measurement and says so in the verdict (runtime
/// <c>BaselineWithoutPeriod</c>), and a baseline without a year can never be caught lying after
/// a target (PL3006).
/// </summary>
public sealed class BaselineWithoutYearRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3061", DiagnosticSeverity.Info,
        "Nulmeting zonder jaar", "Baseline without year",
        "De nulmeting van doel '{0}' ({1}) heeft geen jaar: de monitor legt haar bij de eerste meting.",
        "The nulmeting (baseline) of doel '{0}' ({1}) has no year: the monitor places it at the first measurement.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Nulmeting zonder jaar (de monitor legt haar bij de eerste meting).";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
            if (goal.Nulmeting is { Period: null } baseline)
                context.Report(Descriptor.Create(At(goal.Doel, baseline.Span), goal.Name, GoalText.Of(baseline)));
    }
}
