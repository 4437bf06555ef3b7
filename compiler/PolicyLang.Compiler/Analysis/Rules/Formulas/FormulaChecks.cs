using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Binding;
using PolicyLang.Binding.Formulas;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>What the formula rules share: which formulas to judge, their text, and the row-mismatch message.</summary>
internal static class FormulaChecks
{
    /// <summary>The bound formulas of one field on elements of one kind, without binding errors.</summary>
    public static IEnumerable<BoundFormula> Of(AnalysisContext context, ElementKind kind, string field) =>
        context.Model.Formulas.Where(f => !f.HasErrors && f.Owner.Kind == kind && f.Field == field && f.Owner.Tree is not null);

    /// <summary>The formula as written, shortened for a message.</summary>
    public static string Text(BoundFormula formula)
    {
        var text = formula.Owner.Tree!.Text.ToString(formula.Syntax.Span);
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    /// <summary>A written cell against the formula's interval, reported when no rounding explains it (PL4011, PL4012).</summary>
    public static void CompareCell(AnalysisContext context, DiagnosticDescriptor descriptor, BoundFormula formula, ElementSymbol row, int column, Figure written, Interval computed)
    {
        if (!computed.Contradicts(written)) return;
        var label = TableRows.ColumnLabel(row, column);
        context.Report(descriptor.Create(written.Location, FigureText.RowMismatch(label, Text(formula), LineName.Of(row),
                new Quantity(written.Value, written.Kind), new Quantity(Round(computed.Value, written), written.Kind), computed.MarginWith(written)))
            .WithFigureFix(written.Location, TableRows.Replacement(written, computed, row)));
    }

    /// <summary>A computed percentage or ratio is shown with two decimals more than the written figure, at most four.</summary>
    private static decimal Round(decimal value, Figure written) => decimal.Round(value, Math.Min(written.Value.Scale + 2, 4), MidpointRounding.AwayFromZero);
}
