using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3031 (issue 15 item 6): an uitgangspunt that puts the budget first (<c>voorrang: budget</c>,
/// a ceiling) and one that puts the support first (<c>voorrang: ondersteuning</c>, "de financiën
/// zijn volgend") pull against each other; unless a spanning names both, the kader does not say
/// which gives way. Principles hold for the whole kader, so every such pair counts, related or not.
/// Reported once per budget-first principle, naming the first support-first one and pointing at
/// the others. Linear apart from the declared spannings (a set look-up per pair that is reported).
/// </summary>
public sealed class ConflictingPrinciplesRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3031", DiagnosticSeverity.Warning,
        "Tegenstrijdige uitgangspunten", "Conflicting principles",
        "Uitgangspunt '{0}' laat het budget voorgaan, uitgangspunt '{1}' de ondersteuning, maar er is geen spanning tussen beide verklaard.",
        "Principle '{0}' puts the budget first and principle '{1}' the support, but no spanning between them is declared.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Uitgangspunten met tegengestelde voorrang (budget tegen ondersteuning) zonder verklaarde spanning.";

    private const int MaxRelated = 10;

    public override void Analyze(AnalysisContext context)
    {
        var budgetFirst = new List<ElementSymbol>();
        var supportFirst = new List<ElementSymbol>();
        foreach (var principle in context.Model.OfKind(ElementKind.Uitgangspunt))
            if (principle.Value<WordValue>(FieldNames.Voorrang) is { } word && ValueWords.PrincipleLeads.TryRead(word.Word, out var lead))
                (lead == PrincipleLead.Budget ? budgetFirst : supportFirst).Add(principle);
        if (budgetFirst.Count == 0 || supportFirst.Count == 0) return;

        var declared = DeclaredPairs(context.Model);
        foreach (var budget in budgetFirst)
        {
            var undeclared = supportFirst.Where(support => !declared.Contains((budget, support))).Take(MaxRelated + 1).ToList();
            if (undeclared.Count == 0) continue;
            var first = undeclared[0];
            var diagnostic = Descriptor.Create(At(budget), budget.DisplayName, first.DisplayName)
                .WithRelated(At(first), $"het uitgangspunt '{first.DisplayName}'", $"the principle '{first.DisplayName}'");
            var related = diagnostic.Related.ToBuilder();
            foreach (var other in undeclared.Skip(1))
                related.Add(new RelatedLocation(At(other), $"ook ondersteuning voorop: uitgangspunt '{other.DisplayName}'", $"also support first: principle '{other.DisplayName}'"));
            context.Report(diagnostic with { Related = related.ToImmutable() });
        }
    }

    /// <summary>Every ordered pair of elements one spanning names together.</summary>
    private static HashSet<(ElementSymbol, ElementSymbol)> DeclaredPairs(SemanticModel model)
    {
        var pairs = new HashSet<(ElementSymbol, ElementSymbol)>();
        foreach (var spanning in model.OfKind(ElementKind.Spanning))
        {
            var members = model.Targets(spanning, FieldNames.Tussen).Where(t => t.Kind == ElementKind.Uitgangspunt).ToList();
            foreach (var a in members)
                foreach (var b in members)
                    if (a != b) pairs.Add((a, b));
        }
        return pairs;
    }
}
