using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Conflicts;

/// <summary>
/// PL3019: two doelen exert opposite pressure (see <see cref="Tensions"/>) and no spanning names
/// them, or anything they contribute to. Reported once per doel that pushes down, naming its most
/// closely related counterpart (shared parent doel, wet, thema, file) and pointing at all of them,
/// with a fix that declares the spanning with the first.
/// </summary>
public sealed class UndeclaredTensionRule : AnalysisRule
{
    public override string Code => "PL3019";
    public override string Description => "Doelen met tegengestelde druk zonder verklaarde spanning.";

    public override void Analyze(AnalysisContext context)
    {
        var pressured = context.Goals
            .Select(g => (Goal: g, Pressure: Tensions.Of(g)))
            .Where(p => p.Pressure is not null)
            .Select(p => (p.Goal, Pressure: p.Pressure!.Value))
            .ToList();
        if (pressured.Count < 2) return;
        var declared = DeclaredPairs(context.Model);

        foreach (var (down, downPressure) in pressured.Where(p => p.Pressure.Direction < 0))
        {
            var counterparts = pressured
                .Where(k => k.Goal != down && Tensions.AreOpposed(downPressure, k.Pressure) && !IsDeclared(declared, down.Doel, k.Goal.Doel))
                .OrderByDescending(k => Relatedness(down.Doel, k.Goal.Doel))
                .ToList();
            if (counterparts.Count == 0) continue;
            var (kept, keptPressure) = counterparts[0];
            var diagnostic = DiagnosticBuilder.UndeclaredTension(At(down.Doel), down.Doel.DisplayName, downPressure.Nl, downPressure.En,
                kept.Doel.DisplayName, keptPressure.Nl, keptPressure.En, At(kept.Doel));
            foreach (var (other, otherPressure) in counterparts.Skip(1))
                diagnostic = diagnostic.WithRelated(At(other.Doel), $"ook in spanning: doel '{other.Doel.DisplayName}' ({otherPressure.Nl})",
                    $"also in tension: doel '{other.Doel.DisplayName}' ({otherPressure.En})");
            context.Report(WithDeclareFix(diagnostic, down.Doel, kept.Doel));
        }
    }

    /// <summary>How closely two doelen belong together: a shared parent doel, wet or thema, the same file.</summary>
    private static int Relatedness(ElementSymbol a, ElementSymbol b)
    {
        static HashSet<ElementSymbol> Above(ElementSymbol e, string field) =>
            ContributionGraph.SelfAndAncestors(e).SelectMany(x => x.Targets(field)).ToHashSet();
        var score = 0;
        if (ContributionGraph.SelfAndAncestors(a).Skip(1).Where(x => x.Kind == ElementKind.Doel)
            .Intersect(ContributionGraph.SelfAndAncestors(b).Skip(1)).Any()) score += 4;
        if (Above(a, "wet").Overlaps(Above(b, "wet"))) score += 2;
        if (Above(a, "thema").Overlaps(Above(b, "thema"))) score += 2;
        if (a.Tree == b.Tree) score += 1;
        return score;
    }

    private static HashSet<(ElementSymbol, ElementSymbol)> DeclaredPairs(SemanticModel model)
    {
        var pairs = new HashSet<(ElementSymbol, ElementSymbol)>();
        foreach (var spanning in model.OfKind(ElementKind.Spanning))
        {
            var members = spanning.Targets("tussen").ToList();
            foreach (var a in members)
                foreach (var b in members)
                    if (a != b) pairs.Add((a, b));
        }
        return pairs;
    }

    /// <summary>A spanning between the doelen, or between anything above them, covers the pair.</summary>
    private static bool IsDeclared(HashSet<(ElementSymbol, ElementSymbol)> declared, ElementSymbol a, ElementSymbol b)
    {
        if (declared.Count == 0) return false;
        var above = ContributionGraph.SelfAndAncestors(b).ToList();
        return ContributionGraph.SelfAndAncestors(a).Any(x => above.Any(y => declared.Contains((x, y))));
    }

    private static Diagnostic WithDeclareFix(Diagnostic diagnostic, ElementSymbol down, ElementSymbol kept)
    {
        if (down.Id is not { } a || kept.Id is not { } b || down.Tree is not { } tree) return diagnostic;
        var text = tree.Text.Text;
        var separator = text.EndsWith('\n') ? "\n" : "\n\n";
        var declaration = $"{separator}spanning {a}Tegen{b} \"Spanning tussen {a} en {b}\" {{\n  tussen: {a}, {b}\n  toelichting: \"Waarom beide doelen samen kunnen gaan, of welke voorgaat.\"\n}}\n";
        return diagnostic.WithFix("Verklaar de spanning tussen beide doelen", "Declare the tension between both goals",
            new TextEdit(tree.Text, new TextSpan(text.Length, 0), declaration));
    }
}
