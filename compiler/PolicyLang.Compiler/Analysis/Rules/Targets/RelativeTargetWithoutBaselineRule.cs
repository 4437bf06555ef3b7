using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Targets;

/// <summary>
/// PL3062: a streefwaarde or tussendoel stated relative to the nulmeting ("15% minder dan de
/// nulmeting", "minimaal gelijk aan de nulmeting") that cannot be made absolute: the doel has no
/// nulmeting, it is unknown (<c>nader te bepalen</c>), or the amount does not fit its unit. The
/// monitor then has no such target (RelativeTargets gives none), so the reader must know.
/// </summary>
public sealed class RelativeTargetWithoutBaselineRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3062", DiagnosticSeverity.Warning,
        "Doelwaarde ten opzichte van onbekende nulmeting", "Target relative to an unknown baseline",
        "De {1} van doel '{0}' ({2}) is uitgedrukt ten opzichte van de nulmeting, maar {3}: de monitor kan haar niet beoordelen.",
        "The {1} of doel '{0}' ({2}) is stated relative to the nulmeting (baseline), but {3}: the monitor cannot judge it.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde of tussendoel ten opzichte van een nulmeting die er niet is of niet past.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Measures)
            foreach (var name in new[] { FieldNames.Tussendoel, FieldNames.Streefwaarde })
                foreach (var target in goal.Doel.Values<TargetValue>(name))
                {
                    if (target.Relative is not { } relative || RelativeTargets.Resolve(target, goal.Nulmeting, out var gap) is not null) continue;
                    var why = gap switch
                    {
                        RelativeGap.NoBaseline when goal.Doel.Field(FieldNames.Nulmeting) is not null => new Phrase("de nulmeting is (nog) onbekend", "the baseline is not known (yet)"),
                        RelativeGap.NoBaseline => new Phrase("het doel heeft geen nulmeting", "the doel has no nulmeting"),
                        RelativeGap.TooLarge => new Phrase("de uitkomst is te groot", "the result is too large"),
                        _ => new Phrase("de hoeveelheid past niet bij de eenheid van de nulmeting", "the amount does not fit the baseline's unit"),
                    };
                    context.Report(Descriptor.Create(At(goal.Doel, target.Span), goal.Name, name, relative.Written, why));
                }
    }
}
