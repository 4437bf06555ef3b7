using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Targets;

/// <summary>
/// PL3020: a doel whose streefwaarde, tussendoel or richting points the other way than its
/// indicator's polarity (<c>polariteit: hoger is beter</c> with <c>streefwaarde: maximaal 71%</c>
/// or <c>richting: afname</c>). The monitor judges by what the doel writes (the comparator:
/// docs/monitoring.md, "Side"), so the contradiction is reported here rather than resolved by a
/// guess. A comparator's side comes from <see cref="TargetSide.Written"/>, the monitor's own.
/// </summary>
public sealed class SideAgainstPolarityRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3020", DiagnosticSeverity.Warning,
        "Doel wijst tegen de polariteit in", "Goal points against the polarity",
        "{1} van doel '{0}' ({2}) wijst {3} aan als beter, maar voor indicator '{4}' is {5} beter. De monitor volgt wat het doel schrijft; maak doel en polariteit het eens.",
        "The {1} of doel '{0}' ({2}) makes {3} better, but for indicator '{4}' {5} is better. The monitor follows what the doel writes; make the doel and the polarity agree.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde, tussendoel of richting in tegenspraak met de polariteit van de indicator.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
        {
            if (goal is not { Polarity: 1 or -1, Indicator: { } indicator } || indicator.Field(FieldNames.Polariteit) is not { } polarity) continue;
            var p = goal.Polarity.Value;
            foreach (var target in goal.Tussendoelen.Append(goal.Streefwaarde))
            {
                if (target is null || TargetSide.Written(target.Comparator) is not { } side || side == 0 || side == p) continue;
                var what = ReferenceEquals(target, goal.Streefwaarde) ? new Phrase("De streefwaarde", FieldNames.Streefwaarde) : new Phrase("Het tussendoel", FieldNames.Tussendoel);
                Report(context, goal, indicator, polarity, At(goal.Doel, target.Span), what, GoalText.Of(target), side, p);
            }
            if (goal.StatedDirection is { } stated and (1 or -1) && stated != p)
                Report(context, goal, indicator, polarity, At(goal.Doel, goal.Richting!.Span), new Phrase("De richting", FieldNames.Richting), goal.Richting.Word, stated, p);
        }
    }

    private static void Report(AnalysisContext context, GoalFacts goal, ElementSymbol indicator, BoundField polarity, Location at, Phrase what, string written, int side, int p) =>
        context.Report(Descriptor.Create(at, goal.Name, what, written, Higher(side), indicator.DisplayName, Higher(p))
            .WithRelated(At(indicator, polarity), "de polariteit van de indicator", "the indicator's polarity"));

    private static Phrase Higher(int side) => side > 0 ? new Phrase("hoger", "higher") : new Phrase("lager", "lower");
}
