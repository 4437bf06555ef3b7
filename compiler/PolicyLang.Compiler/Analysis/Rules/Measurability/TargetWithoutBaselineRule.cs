using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3030: a measured doel with a streefwaarde but no nulmeting, whether or not it states a
/// richting: without the value it starts from, a reader cannot tell whether the target asks for
/// progress, and the monitor cannot draw the path to it. PL3004 (richting without nulmeting)
/// defers to this rule when the doel has a streefwaarde, and a doel without an indicator is
/// PL3001's finding: one gap, one diagnostic.
/// </summary>
public sealed class TargetWithoutBaselineRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3030", DiagnosticSeverity.Warning,
        "Streefwaarde zonder nulmeting", "Target without baseline",
        "Doel '{0}' heeft streefwaarde {1}, maar geen nulmeting: zonder uitgangswaarde is niet te zien of de streefwaarde vooruitgang vraagt.",
        "Doel '{0}' has target {1} but no nulmeting (baseline): without a starting value nobody can tell whether the target asks for progress.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde zonder nulmeting (met of zonder richting).";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
            if (AppliesTo(goal) && goal.Doel.Field(FieldNames.Streefwaarde) is { } field)
                context.Report(Descriptor.Create(At(goal.Doel, field), goal.Name, GoalText.Of(goal.Streefwaarde!)));
    }

    /// <summary>A measured doel with a bound streefwaarde and no nulmeting field at all (a nulmeting that did not bind is the binder's finding).</summary>
    internal static bool AppliesTo(GoalFacts goal) =>
        goal.Streefwaarde is not null && goal.Indicator is not null && goal.Doel.Field(FieldNames.Nulmeting) is null;
}
