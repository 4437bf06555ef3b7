using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Hierarchy;

/// <summary>PL3018: a doel serving a wet that the kader's wetten do not list (only when the kader lists wetten).</summary>
public sealed class LawNotInKaderRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3018", DiagnosticSeverity.Warning,
        "Wet niet in het kader", "Law not in the kader",
        "Doel '{0}' dient '{1}', maar die wet staat niet in de wetten van het kader.",
        "Doel '{0}' serves '{1}', but that law is not among the kader's wetten.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doel dat een wet dient die niet in de wetten van het kader staat.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader || kader.Field(FieldNames.Wetten) is not { } wettenField) return;
        var listed = context.Model.Targets(kader, FieldNames.Wetten).ToHashSet();
        foreach (var goal in context.Goals)
            foreach (var reference in goal.Doel.Values<ReferenceValue>(FieldNames.Wet))
                if (context.Model.TargetOf(reference) is { } wet && !listed.Contains(wet))
                    context.Report(Descriptor.Create(At(goal.Doel, reference.Span), goal.Doel.DisplayName, reference.Name).WithRelated(At(kader, wettenField), "de wetten van het kader", "the kader's wetten"));
    }
}
