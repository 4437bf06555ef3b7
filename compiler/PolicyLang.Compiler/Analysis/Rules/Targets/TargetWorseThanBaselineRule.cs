using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Rules.Targets;

/// <summary>
/// PL3008: a streefwaarde worse than the nulmeting. "Better" is the runtime's one definition
/// (Betterness.Of, through GoalFacts.BetterSide), so the checker warns exactly where the monitor
/// would judge the target as lying on the worse side: the indicator's polarity, else the doel's
/// richting, else the streefwaarde's comparator. (The last fallback, from the nulmeting to the
/// streefwaarde, can never make the target worse; with no side there is no judgement.)
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
        foreach (var goal in context.Measures)
        {
            if (goal is not { Nulmeting: { } baseline, Streefwaarde: { } target }) continue;
            if (target.Quantity.Kind != baseline.Quantity.Kind) continue;
            var better = goal.BetterSide;
            if (better.Sign == 0) continue;
            // A bandwidth is worse only when all of it is: its bound on the better side counts.
            var value = target.Upper is { } upper && better.Sign > 0 ? upper.Value : target.Quantity.Value;
            var change = value.CompareTo(baseline.Quantity.Value);
            if (change != -better.Sign) continue;
            var (whyNl, whyEn) = better.Reason switch
            {
                BetterReason.Polarity => ($"voor indicator '{goal.Indicator!.DisplayName}' {(better.Sign > 0 ? "hoger" : "lager")} beter is",
                                          $"for indicator '{goal.Indicator!.DisplayName}' {(better.Sign > 0 ? "higher" : "lower")} is better"),
                BetterReason.Direction => ($"het doel een {goal.Richting!.Word} nastreeft", $"the doel aims for '{goal.Richting!.Word}'"),
                _ => ($"'{ValueWords.Comparators.EntryOf(target.Comparator)?.Dutch}' {(better.Sign > 0 ? "hoger" : "lager")} als beter aanwijst",
                      $"'{ValueWords.Comparators.EntryOf(target.Comparator)?.Dutch}' makes {(better.Sign > 0 ? "higher" : "lower")} better"),
            };
            context.Report(Descriptor.Create(At(goal.Doel, target.Span), goal.Name, GoalText.Of(target), GoalText.Of(baseline), new Phrase(whyNl, whyEn))
                .WithRelated(At(goal.Doel, baseline.Span), "de nulmeting", "the baseline"));
        }
    }
}
