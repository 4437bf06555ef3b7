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
    public override string Code => "PL3014";
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
                context.Report(DiagnosticBuilder.ChildAgainstParent(At(child.Doel), child.Doel.DisplayName, GoalText.Verb(pc),
                    parent.Doel.DisplayName, GoalText.Verb(pp), child.Indicator.DisplayName, At(parent.Doel)));
            }
        }
    }
}
