using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3013: two doelen that push one indicator opposite ways (one wants it up, the other down).
/// Pairs whose targets already clash (PL3012) and parent/child pairs (PL3014) are left to those
/// rules: one contradiction, one diagnostic.
/// </summary>
public sealed class OppositeDirectionsRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3013", DiagnosticSeverity.Warning,
        "Tegengestelde richting", "Opposite directions",
        "Doel '{0}' wil indicator '{4}' laten {1}, doel '{2}' wil hem laten {3}.",
        "Doel '{0}' pushes indicator '{4}' {1}, doel '{2}' pushes it {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee doelen die één indicator in tegengestelde richting duwen.";

    public override void Analyze(AnalysisContext context)
    {
        // Only pairs pushing opposite ways are visited (the later doel first, then the earlier in
        // source order): time grows with the pairs reported, not with the square of the doelen on
        // an indicator (10,000 doelen on one took 15 s pair by pair).
        foreach (var goals in TargetConflicts.GroupsOnOneIndicator(context))
        {
            var conflicting = TargetConflicts.Conflicts(goals).Select(c => (c.Later, c.Earlier)).ToHashSet();
            var earlierUp = new List<int>();
            var earlierDown = new List<int>();
            for (var i = 0; i < goals.Count; i++)
            {
                if (goals[i].Pressure is not { } pressure || pressure == 0) continue;
                foreach (var j in pressure > 0 ? earlierDown : earlierUp)
                    Report(context, goals[i], goals[j], conflicting.Contains((i, j)));
                (pressure > 0 ? earlierUp : earlierDown).Add(i);
            }
        }
    }

    private static void Report(AnalysisContext context, GoalFacts a, GoalFacts b, bool targetsConflict)
    {
        // PL3012 reports a pair whose targets conflict; a contribution pushes its parent on purpose.
        if (targetsConflict || TargetConflicts.IsContribution(context.Model, a.Doel, b.Doel)) return;
        var (pa, pb) = (a.Pressure!.Value, b.Pressure!.Value);
        context.Report(Descriptor.Create(At(a.Doel), a.Doel.DisplayName, GoalText.Push(pa), b.Doel.DisplayName, GoalText.Push(pb), a.Indicator!.DisplayName)
            .WithRelated(At(b.Doel), $"het doel '{b.Doel.DisplayName}'", $"the doel '{b.Doel.DisplayName}'"));
    }
}
