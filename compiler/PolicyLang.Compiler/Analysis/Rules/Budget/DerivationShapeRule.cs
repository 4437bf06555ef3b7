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
    public override string Code => "PL4010";
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
                context.Report(DiagnosticBuilder.WrongDerivationArity(new Location(tree.Text, field.Syntax.Values.Span), LineName.Of(row), field.Name, named, expected));
            }
        }
    }
}
