using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3014: a subdoel that pushes the indicator it shares with its parent doel the other way.
/// Doelen on different indicators cannot be compared without a model of cause and effect, so they
/// are left alone.
/// </summary>
public sealed class ChildAgainstParentRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3014", DiagnosticSeverity.Warning,
        "Subdoel tegen hoofddoel in", "Sub-goal against its parent",
        "Subdoel '{0}' wil indicator '{4}' laten {1}, maar het doel waaraan het bijdraagt ('{2}') wil hem laten {3}.",
        "Sub-goal '{0}' pushes indicator '{4}' {1}, but the doel it contributes to ('{2}') pushes it {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Subdoel dat tegen het doel in duwt waaraan het bijdraagt.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var child in context.Goals)
        {
            if (child.Indicator is null || child.Pressure is not { } pc || pc == 0) continue;
            foreach (var parentSymbol in context.Model.Targets(child.Doel, FieldNames.DraagtBijAan))
            {
                if (parentSymbol.Kind != ElementKind.Doel || context.GoalOf(parentSymbol) is not { } parent) continue;
                if (parent.Indicator != child.Indicator || parent.Pressure is not { } pp || pp != -pc) continue;
                context.Report(Descriptor.Create(At(child.Doel), child.Doel.DisplayName, GoalText.Push(pc), parent.Doel.DisplayName, GoalText.Push(pp), child.Indicator.DisplayName)
                    .WithRelated(At(parent.Doel), $"het doel '{parent.Doel.DisplayName}'", $"the doel '{parent.Doel.DisplayName}'"));
            }
        }
    }
}
