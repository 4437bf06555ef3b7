using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Binding;
using PolicyLang.Binding.Formulas;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax.Formulas;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>
/// A formula's value as the checker computes it, in words, for the editor's hover: the same
/// evaluator as PL4011–PL4014, so the hover never disagrees with a finding.
/// </summary>
public static class FormulaValueText
{
    /// <summary>(Dutch, English), or null when the formula has binding errors.</summary>
    public static (string Nl, string En)? Describe(BoundFormula formula)
    {
        if (formula.HasErrors) return null;
        var evaluator = new FormulaEvaluator(formula);
        var kind = formula.Type.Unit switch
        {
            FormulaUnit.Money => QuantityKind.Money,
            FormulaUnit.Percentage => QuantityKind.Percentage,
            _ => QuantityKind.Number,
        };
        switch (formula.Owner.Kind)
        {
            case ElementKind.Bewering:
                return evaluator.Truth(formula.Syntax, new(null, null)) switch
                {
                    Verdict.Holds => ("klopt met de cijfers", "holds for the figures"),
                    Verdict.Fails => ("klopt niet met de cijfers", "does not hold for the figures"),
                    _ => ("niet te beoordelen met de cijfers van het document", "cannot be judged on the document's figures"),
                };
            case ElementKind.Rij when evaluator.CellsOf(formula.Owner) is { } cells:
            {
                var parts = new List<string>();
                for (var c = 0; c < cells.Count; c++)
                {
                    var label = TableRows.ColumnLabel(formula.Owner, c).Nl.Replace("kolom ", "");
                    parts.Add($"{label}: {Show(evaluator.Figure(formula.Syntax, new(formula.Owner, c)), kind)}");
                }
                var text = string.Join(", ", parts);
                return ("per kolom " + text, "per column " + text);
            }
            case ElementKind.Tabel when formula.Syntax is BinaryFormula { Right: var right }:
            {
                var parts = formula.Owner.Children.Select(row => $"{LineName.Of(row)}: {Show(evaluator.Figure(right, new(row, null)), QuantityKind.Percentage)}");
                var text = string.Join(", ", parts);
                return ("per rij " + text, "per row " + text);
            }
            case ElementKind.Feit or ElementKind.Risico:
            {
                var value = Show(evaluator.Figure(formula.Syntax, new(null, null)), kind);
                return ("= " + value, "= " + value);
            }
            case ElementKind.Indicator:
                return ("berekend door de monitor uit de reeksen van de metingen", "computed by the monitor from the measured series");
            default:
                return null;
        }
    }

    private static string Show(Interval? value, QuantityKind kind) => value is { } v
        ? FigureText.Show(new Quantity(decimal.Round(v.Value, 2, MidpointRounding.AwayFromZero), kind)) + (v.IsExact ? "" : " (afgerond)")
        : "?";
}
