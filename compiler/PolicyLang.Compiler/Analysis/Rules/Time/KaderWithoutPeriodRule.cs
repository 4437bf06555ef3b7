using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Time;

/// <summary>PL3011: a kader without a periode.</summary>
public sealed class KaderWithoutPeriodRule : AnalysisRule
{
    public override string Code => "PL3011";
    public override string Description => "Kader zonder periode.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is { } kader && kader.Field(FieldNames.Periode) is null)
            context.Report(DiagnosticBuilder.KaderWithoutPeriod(At(kader), kader.DisplayName));
    }
}
