using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Targets;

/// <summary>
/// PL3008: a streefwaarde worse than the nulmeting. "Better" is the indicator's polarity, or,
/// for a neutral or unstated polarity, the doel's richting; with neither there is no judgement.
/// A richting 'behoud' makes any target below the baseline (in the better direction) a finding.
/// </summary>
public sealed class TargetWorseThanBaselineRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3008", DiagnosticSeverity.Warning,
        "Streefwaarde slechter dan nulmeting", "Target worse than baseline",
        "De streefwaarde van doel '{0}' ({1}) is slechter dan de nulmeting ({2}), terwijl {3}.",
        "The streefwaarde (target) of doel '{0}' ({1}) is worse than its nulmeting ({2}), while {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde slechter dan de nulmeting, gegeven de polariteit of de richting.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
        {
            if (goal is not { Nulmeting: { } baseline, Streefwaarde: { } target }) continue;
            if (target.Quantity.Kind != baseline.Quantity.Kind) continue;
            if (goal.Better is not { } better) continue;
            var change = Math.Sign(target.Quantity.Value - baseline.Quantity.Value);
            if (change != -better) continue;
            var (whyNl, whyEn) = goal.Polarity is { } p and not 0
                ? ($"voor indicator '{goal.Indicator!.DisplayName}' {(p > 0 ? "hoger" : "lager")} beter is",
                   $"for indicator '{goal.Indicator!.DisplayName}' {(p > 0 ? "higher" : "lower")} is better")
                : ($"het doel een {goal.Richting!.Word} nastreeft", $"the doel aims for '{goal.Richting!.Word}'");
            context.Report(Descriptor.Create(At(goal.Doel, target.Span), goal.Doel.DisplayName, GoalText.Of(target), GoalText.Of(baseline), new Phrase(whyNl, whyEn))
                .WithRelated(At(goal.Doel, baseline.Span), "de nulmeting", "the baseline"));
        }
    }
}
