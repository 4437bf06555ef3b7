using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3012: two doelen on one indicator whose targets for the same year cannot both be met
/// ("maximaal 370 in 2020" against "minimaal 400 in 2020"). Reported on the later doel.
/// </summary>
public sealed class ConflictingTargetsRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3012", DiagnosticSeverity.Warning,
        "Tegenstrijdige streefwaarden", "Conflicting targets",
        "Doel '{0}' ({1}) en doel '{2}' ({3}) stellen in {4} doelen aan dezelfde indicator die niet allebei kunnen gelden.",
        "Doel '{0}' ({1}) and doel '{2}' ({3}) set targets on the same indicator in {4} that cannot both hold.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee doelen met streefwaarden op één indicator die niet tegelijk kunnen gelden.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goals in TargetConflicts.GroupsOnOneIndicator(context))
            foreach (var (laterIndex, earlierIndex, conflict) in TargetConflicts.Conflicts(goals))
                Report(context, goals[laterIndex], goals[earlierIndex], conflict);
    }

    private static void Report(AnalysisContext context, GoalFacts later, GoalFacts earlier, (int Year, TargetValue A, TargetValue B) conflict)
    {
        context.Report(Descriptor.Create(At(later.Doel, conflict.A.Span), later.Doel.DisplayName, GoalText.Of(conflict.A), earlier.Doel.DisplayName, GoalText.Of(conflict.B), conflict.Year)
            .WithRelated(At(earlier.Doel, conflict.B.Span), $"het doel '{earlier.Doel.DisplayName}'", $"the doel '{earlier.Doel.DisplayName}'"));
    }
}
