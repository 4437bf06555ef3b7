using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Measurability;

/// <summary>
/// PL3001: a doel that nothing measures. A doel other doelen contribute to is measured through
/// them (the monitor rolls their results up), so only doelen without contributors count.
/// </summary>
public sealed class GoalWithoutIndicatorRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3001", DiagnosticSeverity.Warning,
        "Doel zonder indicator", "Goal without indicator",
        "Doel '{0}' heeft geen indicator en is niet als onmeetbaar verklaard. Voeg 'indicator: …' toe, of 'meetbaar: nee' met een 'reden'.",
        "Doel '{0}' has no indicator and is not declared unmeasurable. Add 'indicator: …', or 'meetbaar: nee' with a 'reden'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doel zonder indicator, niet verklaard als 'meetbaar: nee'.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var goal in context.Goals)
        {
            if (goal.Doel.Field(FieldNames.Indicator) is not null || goal.DeclaredUnmeasurable) continue;
            // Measured by its norms (issue 13 item 3), each with an indicator (a norm without one is PL2018).
            if (goal.Doel.Children.Any(c => c.Kind == ElementKind.Norm)) continue;
            if (context.Contributions.ContributorsTo(goal.Doel).Any(c => c.Kind == ElementKind.Doel)) continue;
            context.Report(Descriptor.Create(At(goal.Doel), goal.Doel.DisplayName));
        }
    }
}
