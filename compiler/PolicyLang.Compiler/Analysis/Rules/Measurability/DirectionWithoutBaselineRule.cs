using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3004: a measured doel with a richting (toename, afname, behoud) but no nulmeting. A doel
/// without an indicator is PL3001's finding, and one with a streefwaarde is PL3030's, not this
/// one's: one gap, one diagnostic.
/// </summary>
public sealed class DirectionWithoutBaselineRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3004", DiagnosticSeverity.Warning,
        "Richting zonder nulmeting", "Direction without baseline",
        "Doel '{0}' streeft een {1} na, maar heeft geen nulmeting: zonder uitgangswaarde is een {1} niet vast te stellen.",
        "Doel '{0}' aims for '{1}' but has no nulmeting (baseline): without a starting value the change cannot be established.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Richting (toename/afname/behoud) zonder nulmeting.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
            if (goal.Richting is { } richting && goal.Indicator is not null && goal.Doel.Field(FieldNames.Nulmeting) is null
                && !TargetWithoutBaselineRule.AppliesTo(goal))
                context.Report(Descriptor.Create(At(goal.Doel, richting.Span), goal.Name, richting.Word));
    }
}
