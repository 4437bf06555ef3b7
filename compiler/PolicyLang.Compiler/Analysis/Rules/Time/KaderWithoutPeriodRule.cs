using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Time;

/// <summary>PL3011: a kader without a periode.</summary>
public sealed class KaderWithoutPeriodRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3011", DiagnosticSeverity.Warning,
        "Kader zonder periode", "Kader without period",
        "Kader '{0}' heeft geen periode; zonder looptijd zijn streefjaren en termijnen niet te toetsen. Voeg 'periode: JJJJ t/m JJJJ' toe.",
        "Kader '{0}' has no periode; without a term, target years and deadlines cannot be checked. Add 'periode: YYYY t/m YYYY'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Kader zonder periode.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is { } kader && kader.Field(FieldNames.Periode) is null)
            context.Report(Descriptor.Create(At(kader), kader.DisplayName));
    }
}
