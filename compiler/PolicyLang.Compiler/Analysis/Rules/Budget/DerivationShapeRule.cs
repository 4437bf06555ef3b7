using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4010: a derivation names as many rows as its arithmetic takes: <c>verschil van</c> and
/// <c>cumulatief van</c> one row, <c>aandeel van</c> two (Deel, Geheel). Otherwise the row
/// cannot be recomputed, and PL4006-PL4008 would pass over it in silence.
/// </summary>
public sealed class DerivationShapeRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4010", DiagnosticSeverity.Warning,
        "Afleiding noemt verkeerd aantal rijen", "Derivation names the wrong number of rows",
        "'{0}' van rij '{1}' noemt {2} {3}, maar de berekening vraagt er {4}{5}; zo kan de rij niet nagerekend worden.",
        "'{0}' of row '{1}' names {2} {3}, but its arithmetic takes {4}{5}; the row cannot be recomputed this way.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een afgeleide rij noemt zoveel rijen als de berekening vraagt / a derived row names as many rows as its arithmetic takes";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var row in ArithmeticFacts.Of(context).DerivedRows)
        {
            if (row.Tree is not { } tree) continue;
            foreach (var field in row.Fields)
            {
                var expected = field.Name switch
                {
                    FieldNames.VerschilVan or FieldNames.CumulatiefVan => 1,
                    FieldNames.AandeelVan => 2,
                    _ => 0,
                };
                if (expected == 0) continue;
                var named = 0;
                foreach (var value in field.Values)
                    if (value is ReferenceValue) named++;
                if (named == expected || named == 0) continue; // none named: the binder reported the value
                context.Report(Descriptor.Create(new Location(tree.Text, field.Syntax.Values.Span), field.Name, LineName.Of(row), named,
                    FigureText.Count(named, ("rij", "row"), ("rijen", "rows")), expected, expected == 2 ? (" (deel, geheel)", " (part, whole)") : ""));
            }
        }
    }
}
