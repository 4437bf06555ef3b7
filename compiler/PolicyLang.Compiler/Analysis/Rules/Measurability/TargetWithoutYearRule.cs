using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>PL3005: a streefwaarde or tussendoel without the year it must be reached in.</summary>
public sealed class TargetWithoutYearRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3005", DiagnosticSeverity.Warning,
        "Streefwaarde zonder jaar", "Target without year",
        "De {1} van doel '{0}' heeft geen jaar; schrijf erachter wanneer het bereikt moet zijn ('in 2020').",
        "The {1} of doel '{0}' has no year; state when it must be reached ('in 2020').");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde of tussendoel zonder jaar.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
        {
            if (goal.Streefwaarde is { Year: null } target)
                context.Report(Descriptor.Create(At(goal.Doel, target.Span), goal.Name, FieldNames.Streefwaarde));
            foreach (var step in goal.Tussendoelen)
                if (step.Year is null)
                    context.Report(Descriptor.Create(At(goal.Doel, step.Span), goal.Name, FieldNames.Tussendoel));
        }
    }
}
